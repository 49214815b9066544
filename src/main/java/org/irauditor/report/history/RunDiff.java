package org.irauditor.report.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What changed since the previous run, compared per (account, check) with each check's status folded over regions
 * and resources as in scoring.
 *
 * @param previousRunId the run compared with, {@code null} when there is none (then every list is empty)
 * @param newFailures checks that fail now but did not in the previous run, for accounts audited in both runs
 * @param resolvedFailures checks that failed in the previous run and now pass or have no result, for accounts
 *     audited in both runs (a check now UNKNOWN is not counted as resolved)
 * @param scoreMoves every account audited in both runs, with its score before and after
 * @param firstSeen for every (account, check) failing now, the start of the first run of the unbroken series of
 *     runs in which it failed: account id, then check id
 */
public record RunDiff(
        String previousRunId,
        Instant previousStartedAt,
        Double previousOrganizationScore,
        Double organizationScore,
        List<String> accountsAdded,
        List<String> accountsRemoved,
        List<FailureChange> newFailures,
        List<FailureChange> resolvedFailures,
        List<ScoreMove> scoreMoves,
        Map<String, Map<String, Instant>> firstSeen) {

    public RunDiff {
        accountsAdded = accountsAdded == null ? List.of() : List.copyOf(accountsAdded);
        accountsRemoved = accountsRemoved == null ? List.of() : List.copyOf(accountsRemoved);
        newFailures = newFailures == null ? List.of() : List.copyOf(newFailures);
        resolvedFailures = resolvedFailures == null ? List.of() : List.copyOf(resolvedFailures);
        scoreMoves = scoreMoves == null ? List.of() : List.copyOf(scoreMoves);
        firstSeen = firstSeen == null ? Map.of() : Map.copyOf(firstSeen);
    }

    /** True when a previous run was found and compared. */
    public boolean hasPrevious() {
        return previousRunId != null;
    }

    /** The organization score's movement in points, or {@code null} when either score is missing. */
    public Double organizationDelta() {
        return previousOrganizationScore == null || organizationScore == null
                ? null
                : organizationScore - previousOrganizationScore;
    }

    /** When the failure of a check for an account was first seen, or {@code null}. */
    public Instant firstSeen(String accountId, String checkId) {
        Map<String, Instant> byCheck = firstSeen.get(accountId);
        return byCheck == null ? null : byCheck.get(checkId);
    }
}
