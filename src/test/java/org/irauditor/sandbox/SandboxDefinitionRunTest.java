package org.irauditor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irauditor.IrAuditorApplication;
import org.irauditor.job.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/** The {@code audit.sandbox.organization} setting: where the definition is found and what a bad one does. */
class SandboxDefinitionRunTest {

    private final DefaultResourceLoader loader = new DefaultResourceLoader();

    @TempDir
    Path directory;

    @Test
    void resourceWhenLocationHasNoSchemeShouldReadAFile() throws IOException {
        // given
        Path file = Files.writeString(directory.resolve("x.yml"), "accounts: []\n");

        // when
        Resource resource = SandboxOrganizations.resource(loader, file.toString());

        // then
        assertThat(resource.getFile()).isEqualTo(file.toFile());
        assertThat(resource.exists()).isTrue();
    }

    @Test
    void resourceWhenLocationIsRelativeShouldReadAFileOfTheWorkingDirectory() throws IOException {
        // when
        Resource resource = SandboxOrganizations.resource(loader, "pom.xml");

        // then
        assertThat(resource.getFile().getAbsoluteFile())
                .isEqualTo(Path.of("pom.xml").toAbsolutePath().toFile());
    }

    @Test
    void resourceWhenLocationHasASchemeShouldKeepIt() throws IOException {
        // given
        Path file = Files.writeString(directory.resolve("x.yml"), "accounts: []\n");

        // when
        Resource onClassPath = SandboxOrganizations.resource(loader, "classpath:sandbox/organization.yml");
        Resource onDisk = SandboxOrganizations.resource(loader, "file:" + file);

        // then
        assertThat(onClassPath.exists()).isTrue();
        assertThat(onDisk.getFile()).isEqualTo(file.toFile());
    }

    @Test
    void runWhenDefinitionIsInvalidShouldExitWithConfigurationCode() throws IOException {
        // given a definition whose only flaw is a trait value no sandbox interprets
        String builtIn = new String(
                getClass().getResourceAsStream("/sandbox/organization.yml").readAllBytes());
        Path bad = Files.writeString(
                directory.resolve("bad.yml"), builtIn.replace("guardduty: suspended", "guardduty: banana"));

        // when
        int code = IrAuditorApplication.run(
                "--audit.mode=sandbox",
                "--audit.sandbox.organization=" + bad,
                "--audit.reports.directory=" + directory.resolve("reports"),
                "--audit.reports.state-directory=" + directory.resolve("state"));

        // then
        assertThat(code).isEqualTo(ExitCode.INVALID_CONFIGURATION.code()).isEqualTo(2);
        // and nothing was audited: the reports folder, checked at start-up, holds no run
        try (var entries = Files.list(directory.resolve("reports"))) {
            assertThat(entries).isEmpty();
        }
    }
}
