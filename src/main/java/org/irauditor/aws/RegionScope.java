package org.irauditor.aws;

import java.util.Set;
import java.util.function.Supplier;
import org.irauditor.core.Outcome;

/**
 * What a collector needs for one region of one account: the account's clients, the region, and the roles the
 * account plays in the organization (organization-only APIs are called only where they answer).
 *
 * @param adminFor service principals for which this account is the delegated administrator
 */
public record RegionScope(
        AccountSession session,
        String accountId,
        String region,
        String partition,
        boolean managementAccount,
        Set<String> adminFor) {

    public RegionScope {
        adminFor = adminFor == null ? Set.of() : Set.copyOf(adminFor);
    }

    /** True in the management account and in the delegated administrator of the service principal. */
    public boolean administers(String servicePrincipal) {
        return managementAccount || adminFor.contains(servicePrincipal);
    }

    /** Runs one call in this scope; see {@link AwsCalls#call}. */
    public <T> Outcome<T> call(String operation, Supplier<T> call) {
        return AwsCalls.call(operation, accountId, region, call);
    }
}
