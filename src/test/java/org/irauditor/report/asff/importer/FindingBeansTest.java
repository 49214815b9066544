package org.irauditor.report.asff.importer;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.irauditor.report.ReportWriter;
import org.irauditor.report.asff.AsffTestData;
import org.irauditor.report.asff.AsffWriter;
import org.irauditor.report.asff.FindingHistory;
import org.irauditor.report.asff.ReportFindings;
import org.irauditor.report.ocsf.OcsfWriter;
import org.irauditor.settings.AuditProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class FindingBeansTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(DataSource.class, AsffTestData::database)
            .withUserConfiguration(Beans.class);

    @Test
    void contextWhenImportIsNotConfiguredShouldLeaveItOff() {
        context.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(SecurityHubImporter.class).enabled()).isFalse();
            assertThat(ctx.getBeansOfType(ReportWriter.class).values())
                    .extracting(ReportWriter::fileName)
                    .containsExactlyInAnyOrder("findings.asff.json", "findings.ocsf.json");
        });
    }

    @Test
    void contextWhenImportIsEnabledShouldSwitchItOn() {
        context.withPropertyValues("audit.security-hub-import.enabled=true", "audit.security-hub-import.mode=member")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(SecurityHubImporter.class).enabled()).isTrue();
                    assertThat(ctx.getBean(AuditProperties.class)
                                    .securityHubImport()
                                    .mode())
                            .isEqualTo(AuditProperties.ImportMode.MEMBER);
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuditProperties.class)
    @Import({FindingHistory.class, ReportFindings.class, AsffWriter.class, OcsfWriter.class, SecurityHubImporter.class})
    static class Beans {}
}
