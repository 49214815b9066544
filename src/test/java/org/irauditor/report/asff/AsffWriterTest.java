package org.irauditor.report.asff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.irauditor.core.Json;
import org.irauditor.core.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsffWriterTest {

    private static final Instant FIRST_RUN = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant SECOND_RUN = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path directory;

    private final AsffWriter writer = new AsffWriter(new ReportFindings(new FindingHistory(AsffTestData.database())));

    @Test
    void writeWhenRegionalCheckFailsShouldWriteACompleteFinding() throws IOException {
        // given
        var report = AsffTestData.report(
                "run-1", FIRST_RUN, List.of(AsffTestData.regional(AsffTestData.MEMBER, "eu-west-1", Status.FAIL)));

        // when
        JsonNode f = write(report, "run-1").get(0);

        // then
        assertThat(f.get("SchemaVersion").asText()).isEqualTo("2018-10-08");
        assertThat(f.get("Id").asText()).startsWith("irauditor/cloudtrail.region-coverage/111111111111/eu-west-1/");
        assertThat(f.get("ProductArn").asText())
                .isEqualTo("arn:aws:securityhub:eu-west-1:111111111111:product/111111111111/default");
        assertThat(f.get("GeneratorId").asText()).isEqualTo("cloudtrail.region-coverage");
        assertThat(f.get("AwsAccountId").asText()).isEqualTo("111111111111");
        assertThat(f.get("Types").get(0).asText())
                .isEqualTo("Software and Configuration Checks/AWS Security Best Practices/Logging");
        assertThat(f.get("FindingProviderFields").get("Types")).isEqualTo(f.get("Types"));
        assertThat(f.get("Severity").get("Label").asText()).isEqualTo("HIGH");
        assertThat(f.get("Severity").get("Original").asText()).isEqualTo("HIGH");
        assertThat(f.get("Title").asText()).isEqualTo("Title of cloudtrail.region-coverage");
        assertThat(f.get("Description").asText()).isEqualTo("Message FAIL. Evidence: trails=2.");
        assertThat(f.get("Remediation").get("Recommendation").get("Text").asText())
                .isEqualTo("Enable it. Command: aws cloudtrail create-trail --name x");
        assertThat(f.get("Resources").get(0).get("Type").asText()).isEqualTo("AwsAccount");
        assertThat(f.get("Resources").get(0).get("Id").asText()).isEqualTo("AWS::::Account:111111111111");
        assertThat(f.get("Resources").get(0).get("Partition").asText()).isEqualTo("aws");
        assertThat(f.get("Compliance").get("Status").asText()).isEqualTo("FAILED");
        assertThat(f.get("Compliance").get("RelatedRequirements")).hasSize(2);
        assertThat(f.get("ProductFields").get("irauditor/AccountName").asText()).isEqualTo("Workload A");
        assertThat(f.get("ProductFields").get("irauditor/OuPath").asText()).isEqualTo("Root/Prod");
        assertThat(f.get("ProductFields").get("irauditor/Evidence/trails").asText())
                .isEqualTo("2");
        assertThat(f.get("CreatedAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(f.get("RecordState").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void writeWhenResultsHaveEveryStatusShouldMapEachToAComplianceStatus() throws IOException {
        // given
        var report = AsffTestData.report(
                "run-1",
                FIRST_RUN,
                List.of(
                        AsffTestData.regional(AsffTestData.MEMBER, "eu-west-1", Status.PASS),
                        AsffTestData.regional(AsffTestData.MEMBER, "us-east-1", Status.UNKNOWN),
                        AsffTestData.regional(AsffTestData.MEMBER, "ap-south-1", Status.NOT_APPLICABLE)));

        // when
        JsonNode findings = write(report, "run-1");

        // then
        assertThat(findings).hasSize(3);
        assertThat(findings.get(0).get("Compliance").get("Status").asText()).isEqualTo("PASSED");
        assertThat(findings.get(0).get("Severity").get("Label").asText()).isEqualTo("INFORMATIONAL");
        assertThat(findings.get(1).get("Compliance").get("Status").asText()).isEqualTo("NOT_AVAILABLE");
        assertThat(findings.get(1).get("RecordState").asText()).isEqualTo("ACTIVE");
        assertThat(findings.get(2).get("Compliance").get("Status").asText()).isEqualTo("NOT_AVAILABLE");
        assertThat(findings.get(2).get("RecordState").asText()).isEqualTo("ARCHIVED");
    }

    @Test
    void writeWhenResultIsGlobalShouldUseTheHomeRegionAndTheGovCloudPartition() throws IOException {
        // given
        var report = AsffTestData.report(
                "run-1",
                FIRST_RUN,
                List.of(
                        AsffTestData.accountLevel(AsffTestData.MEMBER, Status.FAIL),
                        AsffTestData.trail(AsffTestData.MEMBER, Status.FAIL)),
                "aws-us-gov");

        // when
        JsonNode findings = write(report, "run-1");

        // then
        JsonNode global = findings.get(0);
        assertThat(global.get("Id").asText()).contains("/111111111111/global/");
        assertThat(global.get("Region").asText()).isEqualTo("us-east-1");
        assertThat(global.get("ProductArn").asText())
                .isEqualTo("arn:aws-us-gov:securityhub:us-east-1:111111111111:product/111111111111/default");
        JsonNode trail = findings.get(1);
        assertThat(trail.get("Resources").get(0).get("Type").asText()).isEqualTo("AwsCloudTrailTrail");
        assertThat(trail.get("Resources").get(0).get("Id").asText()).isEqualTo(AsffTestData.TRAIL_ARN);
        assertThat(trail.get("Resources").get(0).get("Partition").asText()).isEqualTo("aws-us-gov");
        assertThat(trail.get("Resources").get(1).get("Id").asText()).isEqualTo("AWS::::Account:111111111111");
    }

    @Test
    void writeWhenFindingWasSeenInAnEarlierRunShouldKeepItsCreatedAt() throws IOException {
        // given
        var result = AsffTestData.regional(AsffTestData.MEMBER, "eu-west-1", Status.FAIL);
        write(AsffTestData.report("run-1", FIRST_RUN, List.of(result)), "run-1");

        // when
        JsonNode f = write(AsffTestData.report("run-2", SECOND_RUN, List.of(result)), "run-2")
                .get(0);

        // then
        assertThat(f.get("CreatedAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(f.get("FirstObservedAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(f.get("UpdatedAt").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(f.get("LastObservedAt").asText()).isEqualTo("2026-03-02T10:00:00Z");
    }

    @Test
    void writeWhenCheckIsNotInTheCatalogueShouldLeaveTheResultOut() throws IOException {
        // given
        var unknownCheck = new org.irauditor.core.CheckResult(
                "nothing.here", AsffTestData.MEMBER, "eu-west-1", null, Status.FAIL, "x", null);
        var report = AsffTestData.report("run-1", FIRST_RUN, List.of(unknownCheck));

        // when
        Path runDirectory = directory.resolve("run-1");

        // then the file is written without it, and the writer says the output is incomplete
        assertThatThrownBy(() -> writer.write(report, runDirectory))
                .isInstanceOf(org.irauditor.report.IncompleteReportException.class)
                .hasMessage("findings.asff.json lacks 1 results: findings that failed validation or results without a"
                        + " distinct finding id (see the log above)");
        assertThat(Json.mapper()
                        .readTree(runDirectory.resolve(AsffWriter.FILE_NAME).toFile()))
                .isEmpty();
    }

    private JsonNode write(org.irauditor.report.AuditReport report, String runId) throws IOException {
        Path runDirectory = directory.resolve(runId);
        writer.write(report, runDirectory);
        return Json.mapper().readTree(runDirectory.resolve(AsffWriter.FILE_NAME).toFile());
    }
}
