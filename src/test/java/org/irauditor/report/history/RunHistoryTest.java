package org.irauditor.report.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Status;
import org.irauditor.report.AuditReport;
import org.irauditor.report.ResultFiles;
import org.irauditor.report.summary.SummaryJsonWriter;
import org.irauditor.testing.SampleRun;
import org.irauditor.testing.SyntheticAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {

    private static final Instant YESTERDAY = Instant.parse("2026-12-02T17:15:00Z");
    private static final Instant TODAY = Instant.parse("2026-12-03T17:15:00Z");

    @TempDir
    Path reports;

    @Test
    void diffWhenNoPreviousRunShouldCompareNothingAndDateFailuresToThisRun() throws IOException {
        // given
        AuditReport report = SampleRun.report(reports.resolve("20261203-171500"), TODAY, SampleRun.results());

        // when
        RunDiff diff = new RunHistory().diff(report, reports.resolve("20261203-171500"));

        // then
        assertThat(diff.hasPrevious()).isFalse();
        assertThat(diff.newFailures()).isEmpty();
        assertThat(diff.firstSeen("222222222222", "cloudtrail.region-coverage")).isEqualTo(TODAY);
    }

    @Test
    void diffShouldReportNewAndResolvedFailuresAccountsAndScoreMovement() throws IOException {
        // given yesterday's run without 333 but with 555, and today's where 111 fixed Detective and broke its contact
        writeRun("20261202-171500", YESTERDAY, yesterday());
        AuditReport today = SampleRun.report(reports.resolve("20261203-171500"), TODAY, today());

        // when
        RunDiff diff = new RunHistory().diff(today, reports.resolve("20261203-171500"));

        // then
        assertThat(diff.previousRunId()).isEqualTo("20261202-171500");
        assertThat(diff.previousStartedAt()).isEqualTo(YESTERDAY);
        assertThat(diff.accountsAdded()).containsExactly("333333333333");
        assertThat(diff.accountsRemoved()).containsExactly("555555555555");
        assertThat(diff.newFailures())
                .containsExactly(new FailureChange("111111111111", "contact.security", Status.PASS, Status.FAIL));
        assertThat(diff.resolvedFailures())
                .containsExactly(new FailureChange("111111111111", "detective.membership", Status.FAIL, Status.PASS));
        // 111: 17 of 20 before, 19 of 20 now; 222: 4 of 14 in both runs
        assertThat(diff.scoreMoves())
                .containsExactlyInAnyOrder(
                        new ScoreMove("111111111111", 85.0, 95.0),
                        new ScoreMove("222222222222", 100.0 * 4 / 14, 100.0 * 4 / 14));
        assertThat(diff.previousOrganizationScore()).isCloseTo(100.0 * 31 / 44, within(1e-9));
        assertThat(diff.organizationDelta()).isCloseTo(100.0 * 23 / 34 - 100.0 * 31 / 44, within(1e-9));
        assertThat(diff.firstSeen("222222222222", "cloudtrail.region-coverage")).isEqualTo(YESTERDAY);
        assertThat(diff.firstSeen("111111111111", "contact.security")).isEqualTo(TODAY);
        assertThat(diff.firstSeen("111111111111", "detective.membership")).isNull();
    }

    @Test
    void diffShouldCarryFirstSeenAcrossASeriesOfRuns() throws IOException {
        // given a failure present in three runs in a row
        writeRun("20261201-171500", YESTERDAY.minusSeconds(86400), SampleRun.results());
        writeRun("20261202-171500", YESTERDAY, SampleRun.results());
        AuditReport today = SampleRun.report(reports.resolve("20261203-171500"), TODAY, SampleRun.results());

        // when
        RunDiff diff = new RunHistory().diff(today, reports.resolve("20261203-171500"));

        // then
        assertThat(diff.previousRunId()).isEqualTo("20261202-171500");
        assertThat(diff.firstSeen("222222222222", "cloudtrail.region-coverage"))
                .isEqualTo(YESTERDAY.minusSeconds(86400));
        assertThat(diff.newFailures()).isEmpty();
        assertThat(diff.resolvedFailures()).isEmpty();
    }

    @Test
    void previousRunShouldBeTheLatestOtherFolderWithSummaryAndResults() throws IOException {
        // given
        Files.createDirectories(reports.resolve("20261201-000000"));
        Files.writeString(reports.resolve("20261201-000000").resolve(RunHistory.SUMMARY_FILE), "{}");
        Files.writeString(reports.resolve("20261201-000000").resolve(ResultFiles.FILE_NAME), "");
        Files.createDirectories(reports.resolve("20261202-000000"));
        Files.writeString(reports.resolve("20261202-000000").resolve(ResultFiles.FILE_NAME), "");
        Files.createDirectories(reports.resolve("20261203-171500"));
        Files.writeString(reports.resolve("20261203-171500").resolve(RunHistory.SUMMARY_FILE), "{}");
        Files.writeString(reports.resolve("20261203-171500").resolve(ResultFiles.FILE_NAME), "");

        // when
        var previous = RunHistory.previousRun(reports.resolve("20261203-171500"));

        // then the broken run of the 2nd (no summary) and the current run are skipped
        assertThat(previous).contains(reports.resolve("20261201-000000").toAbsolutePath());
    }

    private void writeRun(String runId, Instant startedAt, List<CheckResult> results) throws IOException {
        Path folder = reports.resolve(runId);
        AuditReport report = SampleRun.report(folder, startedAt, results);
        new SummaryJsonWriter(new RunHistory(), SyntheticAudit.properties(Map.of())).write(report, folder);
    }

    private static List<CheckResult> yesterday() {
        List<CheckResult> results = new ArrayList<>(SampleRun.results());
        results.removeIf(r -> r.accountId().equals("333333333333"));
        results.add(SampleRun.result("cloudtrail.region-coverage", "555555555555", "us-east-1", Status.PASS));
        return results;
    }

    private static List<CheckResult> today() {
        List<CheckResult> results = new ArrayList<>();
        for (CheckResult result : SampleRun.results()) {
            if (result.accountId().equals("111111111111") && result.checkId().equals("detective.membership")) {
                results.add(SampleRun.result(result.checkId(), result.accountId(), result.region(), Status.PASS));
            } else if (result.accountId().equals("111111111111")
                    && result.checkId().equals("contact.security")) {
                results.add(SampleRun.result(result.checkId(), result.accountId(), result.region(), Status.FAIL));
            } else {
                results.add(result);
            }
        }
        return results;
    }
}
