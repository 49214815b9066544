package org.irauditor.core;

/** The unit a check is evaluated for. */
public enum Scope {
    /** Once per enabled region of each audited account. */
    REGION,
    /** Once per audited account. */
    ACCOUNT,
    /** Once for the whole organization, attributed to the management account. */
    ORGANIZATION
}
