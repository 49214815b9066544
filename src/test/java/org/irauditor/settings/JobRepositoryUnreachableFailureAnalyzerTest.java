package org.irauditor.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.irauditor.IrAuditorApplication;
import org.irauditor.job.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class JobRepositoryUnreachableFailureAnalyzerTest {

    @Test
    void analyzeWhenLoginIsRefusedShouldNameTheDatabaseWithoutItsParameters() {
        // given a refused login deep in a start-up failure, and a URL carrying a password
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/audit?password=secret");
        SQLException refused = new SQLException("FATAL: password authentication failed for user \"auditor\"", "28P01");
        Throwable failure = new IllegalStateException("context failed", new RuntimeException(refused));

        // when
        FailureAnalysis analysis = new JobRepositoryUnreachableFailureAnalyzer(environment).analyze(failure);

        // then
        assertThat(analysis.getDescription())
                .isEqualTo("The job repository database jdbc:postgresql://127.0.0.1:5432/audit cannot be used:"
                        + " FATAL: password authentication failed for user \"auditor\"")
                .doesNotContain("secret");
    }

    @Test
    void analyzeWhenFailureIsNotAboutTheConnectionShouldStepAside() {
        SQLException syntax = new SQLException("syntax error", "42601");

        assertThat(new JobRepositoryUnreachableFailureAnalyzer(new MockEnvironment()).analyze(syntax))
                .isNull();
    }

    @Test
    void runWhenDatabaseCannotBeReachedShouldFailBeforeAnyCall(@TempDir Path directory) {
        // a PostgreSQL URL on a port where nothing listens
        int code = IrAuditorApplication.run(
                "--audit.mode=sandbox",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/audit",
                "--spring.datasource.username=auditor",
                "--audit.reports.directory=" + directory.resolve("reports"),
                "--audit.reports.state-directory=" + directory.resolve("state"));

        assertThat(code).isEqualTo(ExitCode.FAILED.code());
    }
}
