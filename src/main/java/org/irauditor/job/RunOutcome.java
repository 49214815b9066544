package org.irauditor.job;

import java.util.EnumMap;
import java.util.Map;
import org.irauditor.core.Status;

/**
 * The few numbers the exit code is decided from, kept in the job's execution context.
 *
 * @param organizationScore 0 to 100, or negative when no check had a known result
 * @param failedReports report files that could not be written
 * @param rejectedFindings findings Security Hub did not accept
 */
public record RunOutcome(
        Map<Status, Long> resultsByStatus,
        int notAssessed,
        double organizationScore,
        int failedReports,
        int rejectedFindings) {

    public RunOutcome {
        resultsByStatus = resultsByStatus.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(resultsByStatus));
    }

    public long count(Status status) {
        return resultsByStatus.getOrDefault(status, 0L);
    }
}
