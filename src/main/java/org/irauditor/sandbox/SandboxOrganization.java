package org.irauditor.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in sample organization that lets anyone run the real job without AWS: its accounts, regions and
 * delegated administrators, read from {@code sandbox/organization.yml} or generated at any size.
 *
 * Its consistency (ids, accounts named by other fields, trait values) is checked by {@link SandboxValidation} when
 * it is loaded, not here, so that every problem of a definition is reported at once.
 *
 * @param regions the regions enabled in the organization; an account may have opted out of some
 * @param delegatedAdmins delegated administrator account by service principal
 */
public record SandboxOrganization(
        String organizationId,
        String managementAccountId,
        String partition,
        String homeRegion,
        List<String> regions,
        Map<String, String> delegatedAdmins,
        List<SandboxAccount> accounts) {

    /** The trait of a Security Hub administrator's finding aggregation, interpreted by {@link #linkedRegions}. */
    public static final String AGGREGATION = "aggregation";

    /** The {@value #AGGREGATION} trait values {@link #linkedRegions} interprets. */
    public static final Set<String> AGGREGATION_TRAITS = Set.of(SandboxAccount.READY, "partial");

    public SandboxOrganization {
        partition = partition == null ? "aws" : partition;
        homeRegion = homeRegion == null ? "us-east-1" : homeRegion;
        regions = regions == null ? List.of(homeRegion) : List.copyOf(regions);
        delegatedAdmins = delegatedAdmins == null ? Map.of() : Map.copyOf(delegatedAdmins);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public Optional<SandboxAccount> account(String accountId) {
        return accounts.stream().filter(a -> accountId.equals(a.id())).findFirst();
    }

    /** The delegated administrator of a service principal, if the sandbox registers one. */
    public Optional<String> delegatedAdmin(String servicePrincipal) {
        return Optional.ofNullable(delegatedAdmins.get(servicePrincipal));
    }

    /**
     * The regions a Security Hub administrator links to its finding aggregator, from its {@code aggregation}
     * trait: empty for {@code ready} (all regions), or, for {@code partial}, every region but the home region and
     * the last one of the organization, which stays unaggregated.
     */
    public List<String> linkedRegions(SandboxAccount administrator) {
        if (!"partial".equals(administrator.trait(AGGREGATION))) {
            return List.of();
        }
        return regions.stream()
                .filter(r -> !r.equals(homeRegion))
                .limit(Math.max(0, regions.size() - 2))
                .toList();
    }

    public boolean isManagement(SandboxAccount account) {
        return managementAccountId.equals(account.id());
    }
}
