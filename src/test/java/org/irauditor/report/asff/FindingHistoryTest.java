package org.irauditor.report.asff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class FindingHistoryTest {

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T10:00:00Z");

    private final DataSource database = AsffTestData.database();
    private final FindingHistory history = new FindingHistory(database);

    @Test
    void observeWhenFindingIsNewShouldStoreItAsFirstSeenNow() {
        // when
        FindingHistory.Entry stored = history.observe(entry("id-1", T1, "FAILED", "run-1"));

        // then
        assertThat(stored.firstSeen()).isEqualTo(T1);
        assertThat(history.find("id-1")).contains(entry("id-1", T1, "FAILED", "run-1"));
    }

    @Test
    void observeWhenFindingIsKnownShouldKeepFirstSeenAndUpdateTheRest() {
        // given
        history.observe(entry("id-1", T1, "FAILED", "run-1"));

        // when
        FindingHistory.Entry stored = history.observe(entry("id-1", T2, "PASSED", "run-2"));

        // then
        assertThat(stored.firstSeen()).isEqualTo(T1);
        FindingHistory.Entry found = history.find("id-1").orElseThrow();
        assertThat(found.firstSeen()).isEqualTo(T1);
        assertThat(found.lastSeen()).isEqualTo(T2);
        assertThat(found.lastStatus()).isEqualTo("PASSED");
        assertThat(found.runId()).isEqualTo("run-2");
    }

    @Test
    void activeNotSeenInWhenRunMissedAFindingShouldListOnlyThatOne() {
        // given
        history.observe(entry("id-1", T1, "FAILED", "run-1"));
        history.observe(entry("id-2", T1, "FAILED", "run-1"));
        history.observe(entry("id-2", T2, "FAILED", "run-2"));

        // when
        List<FindingHistory.Entry> gone = history.activeNotSeenIn(AsffTestData.MEMBER, "run-2");

        // then
        assertThat(gone).extracting(FindingHistory.Entry::findingId).containsExactly("id-1");
    }

    @Test
    void markArchivedWhenDoneShouldNoLongerListTheFinding() {
        // given
        history.observe(entry("id-1", T1, "FAILED", "run-1"));

        // when
        history.markArchived(List.of("id-1"), "run-2", T2);

        // then
        assertThat(history.activeNotSeenIn(AsffTestData.MEMBER, "run-3")).isEmpty();
        assertThat(history.find("id-1").orElseThrow().recordState()).isEqualTo(FindingHistory.ARCHIVED);
    }

    @Test
    void constructorWhenTableExistsShouldKeepTheHistory() {
        // given
        history.observe(entry("id-1", T1, "FAILED", "run-1"));

        // when
        FindingHistory again = new FindingHistory(database);

        // then
        assertThat(again.find("id-1")).isPresent();
    }

    private static FindingHistory.Entry entry(String id, Instant seen, String status, String runId) {
        return new FindingHistory.Entry(
                id,
                AsffTestData.REGIONAL,
                AsffTestData.MEMBER,
                "eu-west-1",
                "AwsAccount",
                "AWS::::Account:111111111111",
                seen,
                seen,
                status,
                FindingHistory.ACTIVE,
                runId);
    }
}
