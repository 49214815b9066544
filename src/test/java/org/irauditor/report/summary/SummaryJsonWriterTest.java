package org.irauditor.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irauditor.core.Json;
import org.irauditor.report.AuditReport;
import org.irauditor.report.history.RunHistory;
import org.irauditor.testing.SampleRun;
import org.irauditor.testing.SyntheticAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonWriterTest {

    private static final Instant STARTED = Instant.parse("2026-12-03T17:15:00Z");

    @TempDir
    Path reports;

    @Test
    void writeShouldDescribeRunScoresCountsAndExitFacts() throws IOException {
        // given a threshold above the organization's score
        Path run = reports.resolve("20261203-171500");
        AuditReport report = SampleRun.report(run, STARTED, SampleRun.results());
        SummaryJsonWriter writer =
                new SummaryJsonWriter(new RunHistory(), SyntheticAudit.properties(Map.of("scoring.threshold", "80")));

        // when
        writer.write(report, run);

        // then
        JsonNode summary = Json.mapper().readTree(run.resolve("summary.json").toFile());
        assertThat(summary.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(summary.path("run").path("runId").asText()).isEqualTo("20261203-171500");
        assertThat(summary.path("run").path("startedAt").asText()).isEqualTo("2026-12-03T17:15:00Z");
        assertThat(summary.path("run").path("durationSeconds").asDouble()).isEqualTo(725.0);
        assertThat(summary.path("organization").path("score").asDouble())
                .isEqualTo(report.scores().organizationScore());
        assertThat(summary.path("organization").path("accountsAudited").asInt()).isEqualTo(3);
        assertThat(summary.path("counts").path("FAIL").asInt()).isEqualTo(2);
        assertThat(summary.path("counts").path("UNKNOWN").asInt()).isEqualTo(3);
        assertThat(summary.path("levels").path("0").asInt()).isEqualTo(2);
        assertThat(summary.path("exit").path("belowThreshold").asBoolean()).isTrue();
        assertThat(summary.path("exit").path("partial").asBoolean()).isTrue();
        assertThat(summary.path("exit").path("accountsNotAssessed").asInt()).isEqualTo(1);
        assertThat(summary.path("exit").path("regionsNotAssessed").asInt()).isEqualTo(1);
        assertThat(summary.path("phases").path("DETECT").path("failed").asInt()).isEqualTo(1);
        assertThat(summary.path("notAssessed").get(0).path("reason").asText()).isEqualTo("Account state is SUSPENDED");
        assertThat(summary.path("diff").path("previousRunId").isNull()).isTrue();
        assertThat(summary.path("firstSeen")
                        .path("222222222222")
                        .path("cloudtrail.region-coverage")
                        .asText())
                .isEqualTo("2026-12-03T17:15:00Z");
    }

    @Test
    void writeShouldListAccountsWithTheirNamesVerbatim() throws IOException {
        // given
        Path run = reports.resolve("20261203-171500");
        AuditReport report = SampleRun.report(run, STARTED, SampleRun.results());

        // when
        new SummaryJsonWriter(new RunHistory(), SyntheticAudit.properties(Map.of())).write(report, run);

        // then
        JsonNode summary = Json.mapper().readTree(run.resolve("summary.json").toFile());
        List<String> names = new ArrayList<>();
        summary.path("accounts").forEach(a -> names.add(a.path("name").asText()));
        assertThat(names).containsExactly("management", "sandbox", SampleRun.FORMULA_NAME);
        JsonNode management = summary.path("accounts").get(0);
        assertThat(management.path("score").asDouble()).isEqualTo(85.0);
        assertThat(management.path("level").asInt()).isEqualTo(2);
        assertThat(management.path("services").path("Detective").asText()).isEqualTo("FAIL");
        assertThat(management.path("failedChecks").get(0).asText()).isEqualTo("detective.membership");
        assertThat(summary.path("exit").path("belowThreshold").asBoolean()).isFalse();
    }
}
