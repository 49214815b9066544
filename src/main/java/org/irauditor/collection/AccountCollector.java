package org.irauditor.collection;

import org.irauditor.audit.AccountSnapshot;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;

/**
 * Collects everything the checks need from one account. Never throws for an AWS failure: an account that cannot
 * be accessed comes back with its access error, a region that failed with its region error.
 */
public interface AccountCollector {

    AccountSnapshot collect(OrgAccount account, OrganizationSnapshot organization);
}
