package org.irauditor.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irauditor.IrAuditorApplication;
import org.irauditor.job.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ReportFoldersTest {

    @TempDir
    Path tmp;

    @Test
    void checkWhenFolderIsMissingShouldCreateIt() {
        // given
        Path folder = tmp.resolve("reports/nightly");
        List<String> problems = new ArrayList<>();

        // when
        ReportFolders.check("audit.reports.directory", folder, problems);

        // then
        assertThat(problems).isEmpty();
        assertThat(folder).isDirectory().isEmptyDirectory();
    }

    @Test
    void checkWhenParentIsAFileShouldNameSettingAndFile() throws IOException {
        // given
        Path file = Files.writeString(tmp.resolve("afile"), "");
        List<String> problems = new ArrayList<>();

        // when
        ReportFolders.check("audit.reports.directory", file.resolve("sub"), problems);

        // then
        assertThat(problems)
                .containsExactly("audit.reports.directory '" + file.resolve("sub")
                        + "' is not a folder the auditor can create and write to: " + file
                        + " is a file, not a folder");
    }

    @Test
    void runWhenReportsFolderIsUnderAFileShouldExitWithConfigurationCodeBeforeAuditing(CapturedOutput output)
            throws IOException {
        // given
        Path file = Files.writeString(tmp.resolve("afile"), "");

        // when
        int code = IrAuditorApplication.run(
                "--audit.mode=sandbox",
                "--audit.reports.directory=" + file.resolve("sub"),
                "--audit.reports.state-directory=" + tmp.resolve("state"));

        // then
        assertThat(code).isEqualTo(ExitCode.INVALID_CONFIGURATION.code());
        assertThat(output).contains("audit.reports.directory '" + file.resolve("sub") + "'");
        assertThat(output).doesNotContain("Audit finished");
    }

    @Test
    void runWhenStateFolderIsUnderAFileShouldExitWithConfigurationCodeBeforeOpeningTheDatabase(CapturedOutput output)
            throws IOException {
        // given the state folder is where the embedded job database would be created
        Path file = Files.writeString(tmp.resolve("afile"), "");

        // when
        int code = IrAuditorApplication.run(
                "--audit.mode=sandbox",
                "--audit.reports.directory=" + tmp.resolve("reports"),
                "--audit.reports.state-directory=" + file.resolve("state"));

        // then
        assertThat(code).isEqualTo(ExitCode.INVALID_CONFIGURATION.code());
        assertThat(output)
                .contains("audit.reports.state-directory '" + file.resolve("state")
                        + "' is not a folder the auditor can create and write to: " + file
                        + " is a file, not a folder");
    }
}
