package org.irauditor.job;

import java.util.List;
import java.util.Set;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;

/** Which accounts of the organization this run audits: ACTIVE ones within the configured allow and deny lists. */
public final class AccountScope {

    private final Set<String> allow;
    private final Set<String> deny;

    public AccountScope(List<String> allow, List<String> deny) {
        this.allow = Set.copyOf(allow);
        this.deny = Set.copyOf(deny);
    }

    /** Accounts in scope, whatever their state (the others are not part of the run at all). */
    public List<OrgAccount> inScope(OrganizationSnapshot organization) {
        return organization.accounts().stream()
                .filter(a -> !deny.contains(a.id()) && (allow.isEmpty() || allow.contains(a.id())))
                .toList();
    }

    /** Accounts in scope that are audited: those whose state is ACTIVE. */
    public List<OrgAccount> audited(OrganizationSnapshot organization) {
        return inScope(organization).stream().filter(OrgAccount::isActive).toList();
    }
}
