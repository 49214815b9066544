package org.irauditor.report;

import java.time.Instant;
import java.util.List;

/**
 * The metadata of one audit run, shown in every report.
 *
 * @param runId the run's identifier, also the name of its folder under the reports directory
 * @param mode {@code aws} or {@code sandbox}
 * @param regionsInScope the regions considered (before each account's own enabled regions are applied)
 */
public record RunInfo(
        String runId,
        Instant startedAt,
        Instant finishedAt,
        String mode,
        String version,
        String partition,
        String homeRegion,
        List<String> regionsInScope) {

    public RunInfo {
        regionsInScope = regionsInScope == null ? List.of() : List.copyOf(regionsInScope);
    }
}
