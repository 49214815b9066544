package org.irauditor.organization;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.irauditor.core.Outcome;

/**
 * What discovery learned from the management (or delegated-admin) account: every account with its OU path and
 * tags, the delegated administrators and the services trusted by the organization.
 *
 * @param partition the AWS partition of the organization (aws, aws-us-gov, aws-cn)
 * @param homeRegion the region used for global calls and for organization-level results
 */
public record OrganizationSnapshot(
        String organizationId,
        String managementAccountId,
        String partition,
        String homeRegion,
        Instant discoveredAt,
        List<OrgAccount> accounts,
        Outcome<List<DelegatedAdmin>> delegatedAdmins,
        Outcome<List<String>> trustedServices,
        String rootId) {

    public OrganizationSnapshot {
        Objects.requireNonNull(managementAccountId, "managementAccountId");
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        delegatedAdmins = delegatedAdmins == null ? Outcome.ok(List.of()) : delegatedAdmins;
        trustedServices = trustedServices == null ? Outcome.ok(List.of()) : trustedServices;
    }

    public Optional<OrgAccount> account(String accountId) {
        return accounts.stream().filter(a -> a.id().equals(accountId)).findFirst();
    }

    /** The delegated administrator of a service principal such as {@code securityhub.amazonaws.com}. */
    public Optional<String> delegatedAdmin(String servicePrincipal) {
        if (delegatedAdmins.isFailed()) {
            return Optional.empty();
        }
        return delegatedAdmins.value().stream()
                .filter(d -> d.servicePrincipal().equals(servicePrincipal))
                .map(DelegatedAdmin::accountId)
                .findFirst();
    }
}
