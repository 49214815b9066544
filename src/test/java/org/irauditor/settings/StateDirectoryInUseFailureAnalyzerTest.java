package org.irauditor.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.irauditor.IrAuditorApplication;
import org.irauditor.job.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class StateDirectoryInUseFailureAnalyzerTest {

    @TempDir
    Path tmp;

    @Test
    void analyzeWhenDatabaseIsAlreadyOpenShouldNameTheStateDirectory() {
        // given H2's error deep in a start-up failure
        MockEnvironment environment =
                new MockEnvironment().withProperty("audit.reports.state-directory", "/data/state");
        SQLException locked = new SQLException(
                "Database may be already in use: \"/data/state/job-repository.mv.db\"", "90020", 90020);
        Throwable failure = new BeanCreationException("batchDataSourceInitializer", new IllegalStateException(locked));

        // when
        FailureAnalysis analysis = new StateDirectoryInUseFailureAnalyzer(environment).analyze(failure);

        // then
        assertThat(analysis.getDescription())
                .isEqualTo("another audit is running with the state directory " + Path.of("/data/state")
                        + " (its database is locked); wait for it or use another audit.reports.state-directory");
    }

    @Test
    void analyzeWhenDatabaseFailsOtherwiseShouldLeaveItToOthers() {
        SQLException other = new SQLException("Wrong user name or password", "28000", 28000);

        assertThat(new StateDirectoryInUseFailureAnalyzer(new MockEnvironment())
                        .analyze(new IllegalStateException(other)))
                .isNull();
    }

    @Test
    void runWhenAnotherProcessHoldsTheStateDatabaseShouldPrintOneLineAndFail(CapturedOutput output) throws Exception {
        // given another process holds the job database of the same state directory
        Path state = tmp.resolve("state");
        Process holder = holdDatabase(state.resolve("job-repository"));
        try {
            // when
            int code = IrAuditorApplication.run(
                    "--audit.mode=sandbox",
                    "--audit.reports.directory=" + tmp.resolve("reports"),
                    "--audit.reports.state-directory=" + state);

            // then
            assertThat(code).isEqualTo(ExitCode.FAILED.code());
            assertThat(output)
                    .contains(
                            "another audit is running with the state directory " + state + " (its database is locked)");
        } finally {
            holder.destroy();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Opens the database in a second JVM: within one JVM H2 shares an open database instead of refusing it. */
    private static Process holdDatabase(Path database) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), Holder.class.getName(), database.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = lines.readLine();
        assertThat(line).as("the holding process opened the database").isEqualTo(Holder.READY);
        return process;
    }

    /** Keeps the database open, with H2's default exclusive file lock, until its input closes or it is stopped. */
    static final class Holder {

        static final String READY = "database open";

        public static void main(String[] args) throws Exception {
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + args[0], "sa", "")) {
                System.out.println(READY);
                System.out.flush();
                System.in.read();
            }
        }
    }
}
