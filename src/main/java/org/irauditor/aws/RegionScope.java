package org.irauditor.aws;

import java.util.Set;
import java.util.function.Supplier;
import org.irauditor.core.Outcome;

/**
 * What a collector needs for one region of one account: the account's clients, the region, and the roles the
 * account plays in the organization (organization-only APIs are called only where they answer).
 *
 * @param adminFor service principals for which this account is the delegated administrator
 * @param delegatedPrincipals every service principal that has a delegated administrator in the organization
 */
public record RegionScope(
        AccountSession session,
        String accountId,
        String region,
        String partition,
        boolean managementAccount,
        Set<String> adminFor,
        Set<String> delegatedPrincipals) {

    public RegionScope {
        adminFor = adminFor == null ? Set.of() : Set.copyOf(adminFor);
        delegatedPrincipals = delegatedPrincipals == null ? Set.of() : Set.copyOf(delegatedPrincipals);
    }

    /** A scope in an organization whose delegated administrators are not known. */
    public RegionScope(
            AccountSession session,
            String accountId,
            String region,
            String partition,
            boolean managementAccount,
            Set<String> adminFor) {
        this(session, accountId, region, partition, managementAccount, adminFor, Set.of());
    }

    /**
     * True in the delegated administrator of the service principal, and in the management account while the
     * service has no delegated administrator: organization-only APIs answer only there.
     */
    public boolean administers(String servicePrincipal) {
        return adminFor.contains(servicePrincipal)
                || (managementAccount && !delegatedPrincipals.contains(servicePrincipal));
    }

    /** Runs one call in this scope; see {@link AwsCalls#call}. */
    public <T> Outcome<T> call(String operation, Supplier<T> call) {
        return AwsCalls.call(operation, accountId, region, call);
    }
}
