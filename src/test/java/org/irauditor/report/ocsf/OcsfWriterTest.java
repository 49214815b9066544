package org.irauditor.report.ocsf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.irauditor.core.Json;
import org.irauditor.core.Status;
import org.irauditor.report.asff.AsffTestData;
import org.irauditor.report.asff.FindingHistory;
import org.irauditor.report.asff.FindingId;
import org.irauditor.report.asff.ReportFindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcsfWriterTest {

    private static final Instant RUN = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path directory;

    private final OcsfWriter writer = new OcsfWriter(new ReportFindings(new FindingHistory(AsffTestData.database())));

    @Test
    void writeWhenCheckFailsShouldWriteAComplianceFindingWithEveryRequiredAttribute() throws IOException {
        // given
        var result = AsffTestData.regional(AsffTestData.MEMBER, "eu-west-1", Status.FAIL);

        // when
        writer.write(AsffTestData.report("run-1", RUN, List.of(result)), directory);
        JsonNode event = Json.mapper()
                .readTree(directory.resolve(OcsfWriter.FILE_NAME).toFile())
                .get(0);

        // then: the attributes OCSF 1.3.0 requires of class 2003 and its base event
        assertThat(event.get("class_uid").asInt()).isEqualTo(2003);
        assertThat(event.get("category_uid").asInt()).isEqualTo(2);
        assertThat(event.get("activity_id").asInt()).isEqualTo(1);
        assertThat(event.get("type_uid").asInt()).isEqualTo(200301);
        assertThat(event.get("time").asLong()).isEqualTo(RUN.toEpochMilli());
        assertThat(event.get("severity_id").asInt()).isEqualTo(4);
        assertThat(event.get("metadata").get("version").asText()).isEqualTo("1.3.0");
        assertThat(event.get("metadata").get("product").get("vendor_name").asText())
                .isNotBlank();
        assertThat(event.get("finding_info").get("uid").asText()).isEqualTo(FindingId.of(result));
        assertThat(event.get("finding_info").get("title").asText()).isEqualTo("Title of cloudtrail.region-coverage");
        assertThat(event.get("finding_info").get("desc").asText()).isEqualTo("Message FAIL.");
        assertThat(event.get("finding_info").get("created_time").asLong()).isEqualTo(RUN.toEpochMilli());
        assertThat(event.get("finding_info").get("first_seen_time").asLong()).isEqualTo(RUN.toEpochMilli());
        assertThat(event.get("compliance").get("status_id").asInt()).isEqualTo(3);
        assertThat(event.get("compliance").get("standards")).isNotEmpty();
        assertThat(event.get("cloud").get("provider").asText()).isEqualTo("AWS");
        assertThat(event.get("cloud").get("account").get("uid").asText()).isEqualTo("111111111111");
        assertThat(event.get("cloud").get("region").asText()).isEqualTo("eu-west-1");
        assertThat(event.get("resources").get(0).get("uid").asText()).isEqualTo("AWS::::Account:111111111111");
    }

    @Test
    void complianceStatusIdShouldFollowTheOcsfEnumeration() {
        assertThat(OcsfWriter.complianceStatusId(Status.PASS)).isEqualTo(1);
        assertThat(OcsfWriter.complianceStatusId(Status.FAIL)).isEqualTo(3);
        assertThat(OcsfWriter.complianceStatusId(Status.UNKNOWN)).isZero();
        assertThat(OcsfWriter.complianceStatusId(Status.NOT_APPLICABLE)).isEqualTo(99);
    }

    @Test
    void findingStatusIdShouldResolvePassesAndKeepGapsNew() {
        assertThat(OcsfWriter.findingStatusId(Status.PASS)).isEqualTo(4);
        assertThat(OcsfWriter.findingStatusId(Status.FAIL)).isEqualTo(1);
        assertThat(OcsfWriter.findingStatusId(Status.UNKNOWN)).isEqualTo(1);
        assertThat(OcsfWriter.findingStatusId(Status.NOT_APPLICABLE)).isEqualTo(99);
    }

    @Test
    void writeWhenResultIsGlobalShouldPlaceItInTheHomeRegion() throws IOException {
        // given
        var result = AsffTestData.accountLevel(AsffTestData.MEMBER, Status.PASS);

        // when
        writer.write(AsffTestData.report("run-1", RUN, List.of(result)), directory);
        JsonNode event = Json.mapper()
                .readTree(directory.resolve(OcsfWriter.FILE_NAME).toFile())
                .get(0);

        // then
        assertThat(event.get("cloud").get("region").asText()).isEqualTo("us-east-1");
        assertThat(event.get("compliance").get("status_id").asInt()).isEqualTo(1);
        assertThat(event.get("severity_id").asInt()).isEqualTo(2);
    }
}
