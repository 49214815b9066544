package org.irauditor.scoring;

/**
 * Checks counted for one account, OU, phase or question: how many passed, failed or stayed unknown, and their
 * weights. The score is the weighted share of passed checks among checks with a known result; the coverage is the
 * share of checks with a known result. Checks that did not apply are not counted at all.
 */
public record Tally(int passed, int failed, int unknown, double passedWeight, double failedWeight) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0);

    /** This tally with one more check of the given aggregated status and weight. */
    Tally plus(AggregatedStatus status, double weight) {
        return switch (status) {
            case PASS -> new Tally(passed + 1, failed, unknown, passedWeight + weight, failedWeight);
            case FAIL -> new Tally(passed, failed + 1, unknown, passedWeight, failedWeight + weight);
            case UNKNOWN -> new Tally(passed, failed, unknown + 1, passedWeight, failedWeight);
            default -> this;
        };
    }

    /** The sum of two tallies, used to roll accounts up into OUs and the organization. */
    public Tally plus(Tally other) {
        return new Tally(
                passed + other.passed,
                failed + other.failed,
                unknown + other.unknown,
                passedWeight + other.passedWeight,
                failedWeight + other.failedWeight);
    }

    /** 0 to 100, or {@code null} when no weighted check has a known result. */
    public Double score() {
        double known = passedWeight + failedWeight;
        return known > 0 ? 100.0 * passedWeight / known : null;
    }

    /** 0 to 100: the share of checks with a known result, or {@code null} when no check applied. */
    public Double coverage() {
        int counted = passed + failed + unknown;
        return counted > 0 ? 100.0 * (passed + failed) / counted : null;
    }
}
