package org.irauditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.irauditor.report.excel.ExcelReportWriter;
import org.irauditor.report.history.RunHistory;
import org.irauditor.report.junit.JUnitXmlWriter;
import org.irauditor.report.summary.SummaryJsonWriter;
import org.irauditor.scoring.ScoreCalculator;
import org.irauditor.settings.AuditProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class ReportBeansTest {

    @Test
    void contextShouldCreateTheScoringAndReportBeansFromTheSettings() {
        new ApplicationContextRunner()
                .withUserConfiguration(Beans.class)
                .withPropertyValues("audit.scoring.severity-weights.HIGH=5", "audit.scoring.check-weights.a.b=2")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(ScoreCalculator.class);
                    assertThat(context.getBeansOfType(ReportWriter.class).values())
                            .extracting(ReportWriter::fileName)
                            .containsExactlyInAnyOrder("ir-readiness.xlsx", "summary.json", "junit.xml");
                });
    }

    @Test
    void contextWhenASeverityWeightIsMisspelledShouldFail() {
        new ApplicationContextRunner()
                .withUserConfiguration(Beans.class)
                .withPropertyValues("audit.scoring.severity-weights.HIHG=5")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("audit.scoring.severity-weights.HIHG: not a severity"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuditProperties.class)
    @Import({
        ScoreCalculator.class,
        RunHistory.class,
        ExcelReportWriter.class,
        SummaryJsonWriter.class,
        JUnitXmlWriter.class
    })
    static class Beans {}
}
