package org.irauditor.core;

/** The outcome of one check for one account, region or resource. */
public enum Status {
    /** The control is in place. */
    PASS,
    /** The control is missing or misconfigured. */
    FAIL,
    /** The auditor could not tell: the reason says why. Never counted as a pass. */
    UNKNOWN,
    /** The check does not apply here (region not enabled, account suspended, resource owned elsewhere). */
    NOT_APPLICABLE
}
