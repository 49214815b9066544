package org.irauditor.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irauditor.IrAuditorApplication;
import org.irauditor.job.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.FileSystemResource;

class InvalidYamlFailureAnalyzerTest {

    private static final String UNCLOSED_LIST =
            "audit:\n  mode: sandbox\n  regions:\n    allow: [us-east-1, eu-west-1\n" + "    home: us-east-1\n";

    @TempDir
    Path tmp;

    @Test
    void loadWhenYamlIsBrokenShouldNameFileLineAndColumn() throws IOException {
        // given
        Path file = write("bad.yml", UNCLOSED_LIST);

        // when
        InvalidYamlException failure = catchThrowableOfType(
                () -> new YamlSettingsLoader().load("bad", new FileSystemResource(file)), InvalidYamlException.class);

        // then
        assertThat(failure.file()).isEqualTo(file.toString());
        assertThat(failure.line()).isEqualTo(5);
        assertThat(failure.column()).isEqualTo(9);
    }

    @Test
    void analyzeWhenYamlIsBrokenShouldDescribeItInOneLine() throws IOException {
        // given
        Path file = write("bad.yml", UNCLOSED_LIST);
        InvalidYamlException failure = catchThrowableOfType(
                () -> new YamlSettingsLoader().load("bad", new FileSystemResource(file)), InvalidYamlException.class);

        // when
        FailureAnalysis analysis = new InvalidYamlFailureAnalyzer().analyze(new IllegalStateException(failure));

        // then
        assertThat(analysis.getDescription())
                .isEqualTo(file + " is not valid YAML at line 5, column 9: expected ',' or ']', but got :"
                        + " (while parsing a flow sequence)");
        assertThat(analysis.getAction()).startsWith("Correct " + file + " ");
    }

    @Test
    void loadWhenYamlIsValidShouldReadIt() throws IOException {
        Path file = write("good.yml", "audit:\n  mode: sandbox\n");

        assertThat(new YamlSettingsLoader().load("good", new FileSystemResource(file)))
                .singleElement()
                .satisfies(
                        source -> assertThat(source.getProperty("audit.mode")).hasToString("sandbox"));
    }

    @Test
    void fileNameWhenUnderWorkingFolderShouldBeRelative() {
        Path file = Path.of("config", "application.yml").toAbsolutePath();

        assertThat(YamlSettingsLoader.fileName(new FileSystemResource(file)))
                .isEqualTo(Path.of("config", "application.yml").toString());
    }

    @Test
    void runWhenSettingsFileIsNotYamlShouldExitWithConfigurationCode() throws IOException {
        // given
        Path file = write("bad.yml", UNCLOSED_LIST);

        // when
        int code = IrAuditorApplication.run(
                "--audit.mode=sandbox",
                "--audit.reports.directory=" + tmp.resolve("reports"),
                "--audit.reports.state-directory=" + tmp.resolve("state"),
                "--spring.config.additional-location=file:" + file);

        // then
        assertThat(code).isEqualTo(ExitCode.INVALID_CONFIGURATION.code());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }
}
