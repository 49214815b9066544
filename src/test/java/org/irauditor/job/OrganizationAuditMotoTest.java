package org.irauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ListAssert;
import org.irauditor.IrAuditorApplication;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Json;
import org.irauditor.core.Status;
import org.irauditor.report.ResultFiles;
import org.irauditor.testing.MotoOrganization;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job against an organization seeded in moto, with the real SDK clients: management account plus
 * members in different states of readiness and a closed account. Asserts each account's verdicts, the exit code
 * and both report files as read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationAuditMotoTest {

    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");

    @TempDir
    static Path directory;

    private MotoOrganization organization;
    private int exitCode;
    private Path runDirectory;
    private Map<String, List<CheckResult>> results;

    @BeforeAll
    void auditSeededOrganization() throws IOException {
        MotoServer moto = MotoServer.get();
        organization = MotoOrganization.create(moto);
        seed();
        exitCode = IrAuditorApplication.run(
                "--audit.aws.endpoint=" + moto.endpoint(),
                "--audit.regions.allow=" + String.join(",", REGIONS),
                "--audit.parallelism.accounts=4",
                "--audit.reports.directory=" + directory.resolve("reports"),
                "--audit.reports.state-directory=" + directory.resolve("state"));
        String runId =
                Files.readString(directory.resolve("reports").resolve("LATEST")).trim();
        runDirectory = directory.resolve("reports").resolve(runId);
        results = new HashMap<>();
        ResultFiles.source(runDirectory.resolve(ResultFiles.FILE_NAME))
                .forEach(r -> results.computeIfAbsent(
                                key(r.checkId(), r.accountId(), r.region()), k -> new ArrayList<>())
                        .add(r));
    }

    private void seed() {
        organization.member("security", "Security");
        organization.delegateAdministrator("security", "guardduty.amazonaws.com");
        organization.member("ready", "Prod");
        organization.member("no-trail", "Prod");
        organization.member("trail-stopped", "Dev");
        organization.member("recorder-stopped", "Dev");
        organization.member("no-securityhub", "Dev");
        organization.member("closed", "Legacy");
        organization.close("closed");

        for (String account : List.of("management", "ready", "recorder-stopped", "no-securityhub")) {
            organization.multiRegionTrail(account, "main-trail", true);
        }
        organization.multiRegionTrail("trail-stopped", "main-trail", false);
        for (String account : List.of("management", "ready", "no-trail", "trail-stopped", "no-securityhub")) {
            organization.configRecorders(account, REGIONS, true);
        }
        organization.configRecorders("recorder-stopped", REGIONS, false);
        for (String account : List.of("management", "ready", "no-trail", "trail-stopped", "recorder-stopped")) {
            organization.securityHub(account, REGIONS);
        }
        organization.guardDuty("ready", REGIONS);
        organization.flowLogs("ready", REGIONS);
    }

    @Test
    void exitCodeShouldSayPartialBecauseMotoLacksSomeApis() {
        // GetEnabledStandards is not emulated: its check is UNKNOWN with the reason, never a failed run
        assertThat(exitCode).isEqualTo(ExitCode.PARTIAL.code());
        assertStatuses("securityhub.enabled", "ready", "us-east-1").containsOnly(Status.PASS);
        assertStatuses("securityhub.standards", "ready", "us-east-1").containsOnly(Status.UNKNOWN);
    }

    @Test
    void detectiveWithoutAdministratorShouldFailMembershipWithTheReason() {
        // moto cannot register a Detective delegated administrator, so the organization has none
        List<CheckResult> membership = results.get(key("detective.membership", organization.id("ready"), "eu-west-1"));
        assertThat(membership).extracting(CheckResult::status).containsOnly(Status.FAIL);
        assertThat(membership)
                .extracting(CheckResult::message)
                .containsOnly("No delegated administrator is registered for Amazon Detective in the organization.");
    }

    @Test
    void readyAccountShouldPassTheCoreChecksInEveryRegion() {
        for (String region : REGIONS) {
            assertStatuses("cloudtrail.region-coverage", "ready", region).containsOnly(Status.PASS);
            assertStatuses("config.recorder-recording", "ready", region).containsOnly(Status.PASS);
            assertStatuses("securityhub.enabled", "ready", region).containsOnly(Status.PASS);
            assertStatuses("guardduty.detector-enabled", "ready", region).containsOnly(Status.PASS);
            assertStatuses("flowlogs.vpc-flow-logs", "ready", region).containsOnly(Status.PASS);
        }
    }

    @Test
    void accountWithoutDetectorOrFlowLogsShouldFailBoth() {
        // moto gives every account a default VPC in each region, here without a flow log
        assertStatuses("guardduty.detector-enabled", "no-trail", "us-east-1").containsOnly(Status.FAIL);
        assertStatuses("flowlogs.vpc-flow-logs", "no-trail", "us-east-1").containsOnly(Status.FAIL);
    }

    @Test
    void accountWithoutTrailShouldFailCoverage() {
        assertStatuses("cloudtrail.region-coverage", "no-trail", "eu-west-1").containsOnly(Status.FAIL);
        assertStatuses("config.recorder-recording", "no-trail", "eu-west-1").containsOnly(Status.PASS);
    }

    @Test
    void stoppedTrailShouldNeitherCoverNorPassTheLoggingCheck() {
        assertStatuses("cloudtrail.region-coverage", "trail-stopped", "us-east-1")
                .containsOnly(Status.FAIL);
        assertStatuses("cloudtrail.trail-logging", "trail-stopped", "us-east-1").contains(Status.FAIL);
    }

    @Test
    void stoppedRecorderShouldFailInEachRegion() {
        for (String region : REGIONS) {
            assertStatuses("config.recorder-recording", "recorder-stopped", region)
                    .containsOnly(Status.FAIL);
        }
        assertStatuses("cloudtrail.region-coverage", "recorder-stopped", "us-east-1")
                .containsOnly(Status.PASS);
    }

    @Test
    void accountWithoutSecurityHubShouldFailNotUnknown() {
        assertStatuses("securityhub.enabled", "no-securityhub", "us-east-1").containsOnly(Status.FAIL);
        assertStatuses("securityhub.enabled", "ready", "us-east-1").containsOnly(Status.PASS);
    }

    @Test
    void closedAccountShouldBeListedAsNotAssessedAndHaveNoResults() throws IOException {
        String closed = organization.id("closed");
        assertThat(results.keySet()).noneMatch(key -> key.contains("/" + closed + "/"));
        try (InputStream in = Files.newInputStream(runDirectory.resolve("ir-readiness.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(column(workbook.getSheet("Not assessed"), closed)).isTrue();
            for (String account : List.of("ready", "no-trail", "trail-stopped", "recorder-stopped", "no-securityhub")) {
                assertThat(column(workbook.getSheet("Accounts"), organization.id(account)))
                        .as("account %s in the Accounts sheet", account)
                        .isTrue();
            }
        }
    }

    @Test
    void asffFileShouldHoldAFailedFindingForTheMissingTrail() throws IOException {
        JsonNode findings = Json.mapper()
                .readTree(runDirectory.resolve("findings.asff.json").toFile());
        assertThat(findings.isArray()).isTrue();
        List<JsonNode> coverage = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("GeneratorId").asText().equals("cloudtrail.region-coverage")
                    && f.path("AwsAccountId").asText().equals(organization.id("no-trail"))
                    && f.path("Region").asText().equals("eu-west-1")) {
                coverage.add(f);
            }
        });
        assertThat(coverage).hasSize(1);
        assertThat(coverage.get(0).path("Compliance").path("Status").asText()).isEqualTo("FAILED");
        assertThat(coverage.get(0).path("SchemaVersion").asText()).isEqualTo("2018-10-08");
    }

    /** The statuses of one check for one account and region; the messages describe a failed assertion. */
    private ListAssert<Status> assertStatuses(String checkId, String account, String region) {
        List<CheckResult> found = results.get(key(checkId, organization.id(account), region));
        assertThat(found)
                .as("results of %s for %s in %s", checkId, account, region)
                .isNotNull();
        List<String> messages = found.stream().map(CheckResult::message).toList();
        return assertThat(found.stream().map(CheckResult::status).toList())
                .as("%s for %s in %s: %s", checkId, account, region, messages);
    }

    private static String key(String checkId, String accountId, String region) {
        return checkId + "/" + accountId + "/" + region;
    }

    private static boolean column(Sheet sheet, String value) {
        assertThat(sheet).isNotNull();
        for (Row row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
