package org.irauditor.report.history;

/** The score of one account in the previous run and in this one; either may be {@code null} (no known result). */
public record ScoreMove(String accountId, Double before, Double after) {

    /** The movement in points, or {@code null} when either score is missing. */
    public Double delta() {
        return before == null || after == null ? null : after - before;
    }
}
