package org.irauditor.audit;

/**
 * A pure function from snapshots to verdicts. Each implementation is a Spring bean whose {@link #id()} has a
 * matching entry in the check catalogue ({@code checks/*.yml}).
 */
public interface Check {

    /** The stable id, such as {@code cloudtrail.region-coverage}. */
    String id();
}
