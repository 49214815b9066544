package org.irauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.irauditor.core.Status;
import org.junit.jupiter.api.Test;

class ExitCodeTest {

    @Test
    void ofWhenEverythingIsKnownShouldSucceed() {
        assertThat(ExitCode.of(outcome(0, 80, 0, 0), 0)).isEqualTo(ExitCode.SUCCESS);
    }

    @Test
    void ofWhenSomeResultsAreUnknownShouldSayPartial() {
        assertThat(ExitCode.of(outcome(2, 80, 0, 0), 0)).isEqualTo(ExitCode.PARTIAL);
    }

    @Test
    void ofWhenScoreIsUnderThresholdShouldSaySoBeforePartial() {
        assertThat(ExitCode.of(outcome(2, 59.9, 0, 0), 60)).isEqualTo(ExitCode.BELOW_THRESHOLD);
    }

    @Test
    void ofWhenFindingsWereRejectedShouldSayOutputIncomplete() {
        assertThat(ExitCode.of(outcome(2, 10, 0, 3), 60)).isEqualTo(ExitCode.OUTPUT_INCOMPLETE);
    }

    @Test
    void ofWhenAReportWasNotWrittenShouldSayOutputIncomplete() {
        assertThat(ExitCode.of(outcome(0, 90, 1, 0), 0)).isEqualTo(ExitCode.OUTPUT_INCOMPLETE);
    }

    @Test
    void codesShouldStayAsDocumented() {
        assertThat(ExitCode.values()).extracting(ExitCode::code).containsExactly(0, 1, 2, 3, 4, 5);
    }

    private static RunOutcome outcome(long unknown, double score, int failedReports, int rejected) {
        return new RunOutcome(Map.of(Status.PASS, 10L, Status.UNKNOWN, unknown), 0, score, failedReports, rejected);
    }
}
