package org.irauditor.core;

/** Severity of a failed check; each level carries a default scoring weight. */
public enum Severity {
    CRITICAL(10),
    HIGH(6),
    MEDIUM(3),
    LOW(1),
    INFORMATIONAL(0);

    private final int defaultWeight;

    Severity(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public int defaultWeight() {
        return defaultWeight;
    }
}
