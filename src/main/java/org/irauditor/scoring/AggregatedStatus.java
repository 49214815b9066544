package org.irauditor.scoring;

import org.irauditor.core.Status;

/**
 * The status of one check for one account, folded from all its results (every region, every resource) in the
 * order of precedence: any FAIL fails, else any UNKNOWN is unknown, else any PASS passes; only NOT_APPLICABLE
 * results leave the check out. The constants are ordered so that folding is taking the maximum.
 */
enum AggregatedStatus {
    NONE,
    NOT_APPLICABLE,
    PASS,
    UNKNOWN,
    FAIL;

    private static final AggregatedStatus[] VALUES = values();

    static AggregatedStatus of(Status status) {
        return switch (status) {
            case PASS -> PASS;
            case FAIL -> FAIL;
            case UNKNOWN -> UNKNOWN;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
        };
    }

    static AggregatedStatus ofCode(byte code) {
        return VALUES[code];
    }

    byte code() {
        return (byte) ordinal();
    }

    /** PASS, FAIL or UNKNOWN as a {@link Status}; {@code null} when the check did not apply. */
    Status toStatus() {
        return switch (this) {
            case PASS -> Status.PASS;
            case FAIL -> Status.FAIL;
            case UNKNOWN -> Status.UNKNOWN;
            default -> null;
        };
    }
}
