package org.irauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.irauditor.IrAuditorApplication;
import org.irauditor.core.Json;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * A sandbox run whose findings are imported into Security Hub as emulated by moto, in both modes: every finding is
 * accepted, and a second run updates the same findings instead of adding new ones.
 */
class SandboxImportMotoTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"central", "member"})
    void importWhenSandboxFindingsAreSentShouldBeAcceptedAndUpdatedInPlace(String mode) throws IOException {
        // given an empty Security Hub
        MotoServer moto = MotoServer.get();

        // when the sandbox is audited twice with the import on
        int first = audit(moto, mode);
        JsonNode firstImport = importReport();
        int second = audit(moto, mode);
        JsonNode secondImport = importReport();

        // then no finding is refused and the second run updates the first run's findings
        assertThat(first).isNotEqualTo(ExitCode.OUTPUT_INCOMPLETE.code());
        assertThat(second).isNotEqualTo(ExitCode.OUTPUT_INCOMPLETE.code());
        int written = Json.mapper()
                .readTree(latestRun().resolve("findings.asff.json").toFile())
                .size();
        assertThat(firstImport.path("sent").asInt()).isEqualTo(written);
        assertThat(firstImport.path("failed")).isEmpty();
        assertThat(secondImport.path("failed")).isEmpty();
        assertThat(findingIdsInSecurityHub(moto, mode)).hasSize(written);
        JsonNode summary =
                Json.mapper().readTree(latestRun().resolve("summary.json").toFile());
        assertThat(summary.path("securityHubImport").path("sent").asInt()).isEqualTo(written);
        assertThat(summary.path("securityHubImport").path("failed")).isEmpty();
    }

    private int audit(MotoServer moto, String mode) {
        return IrAuditorApplication.run(
                "--audit.mode=sandbox",
                "--audit.aws.endpoint=" + moto.endpoint(),
                "--audit.security-hub-import.enabled=true",
                "--audit.security-hub-import.mode=" + mode,
                "--audit.reports.directory=" + directory.resolve("reports"),
                "--audit.reports.state-directory=" + directory.resolve("state"));
    }

    private JsonNode importReport() throws IOException {
        return Json.mapper()
                .readTree(latestRun().resolve(ReportTasklet.IMPORT_REPORT).toFile());
    }

    private Path latestRun() throws IOException {
        String runId = Files.readString(directory.resolve("reports").resolve(ReportTasklet.LATEST))
                .trim();
        return directory.resolve("reports").resolve(runId);
    }

    /** Every finding id Security Hub holds, over the sandbox's regions and, in member mode, its accounts. */
    private Set<String> findingIdsInSecurityHub(MotoServer moto, String mode) throws IOException {
        Set<String> ids = new HashSet<>();
        JsonNode findings =
                Json.mapper().readTree(latestRun().resolve("findings.asff.json").toFile());
        Set<String> owners = new HashSet<>();
        Set<String> regions = new HashSet<>();
        findings.forEach(f -> {
            owners.add(f.path("AwsAccountId").asText());
            regions.add(f.path("Region").asText());
        });
        List<String> accounts = "member".equals(mode) ? List.copyOf(owners) : List.of(MotoServer.DEFAULT_ACCOUNT);
        for (String account : accounts) {
            for (String region : regions) {
                try (SecurityHubClient hub = SecurityHubClient.builder()
                        .endpointOverride(moto.endpoint())
                        .region(Region.of(region))
                        .credentialsProvider(MotoServer.credentials(account))
                        .build()) {
                    hub.getFindingsPaginator(r -> r.maxResults(100)).findings().forEach(f -> ids.add(f.id()));
                }
            }
        }
        return ids;
    }
}
