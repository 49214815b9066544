package org.irauditor.cloudtrail;

import java.util.List;

/**
 * What one event selector records of one kind of events: reads, writes, and the conditions that narrow it to
 * part of the events (a bucket prefix, excluded event sources); no conditions means everything of that kind.
 */
record Recorded(boolean reads, boolean writes, List<String> limits) {

    static final Recorded NOTHING = new Recorded(false, false, List.of());

    Recorded {
        limits = List.copyOf(limits);
    }

    boolean isNothing() {
        return !reads && !writes;
    }

    boolean isComplete() {
        return limits.isEmpty();
    }

    /** "reads and writes", "reads" or "writes". */
    String readWrite() {
        if (reads && writes) {
            return "reads and writes";
        }
        return reads ? "reads" : "writes";
    }
}
