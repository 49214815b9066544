package org.irauditor.core;

/** The incident-response phase a check serves. */
public enum Phase {
    DETECT,
    TRIAGE,
    INVESTIGATE,
    CONTAIN,
    RECOVER
}
