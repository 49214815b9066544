package org.irauditor.organization;

/** Where the audited organization comes from: AWS Organizations, or the built-in sandbox. */
public interface OrganizationSource {

    /** Lists the organization's accounts with their OU path, tags and state, and its delegated administrators. */
    OrganizationSnapshot discover();
}
