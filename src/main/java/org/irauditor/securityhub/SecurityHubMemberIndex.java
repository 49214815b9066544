package org.irauditor.securityhub;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.securityhub.SecurityHubSnapshot.Member;

/**
 * The Security Hub administrator's members by region and account, built once per organization context so that
 * each account's lookup does not scan the whole member list.
 */
record SecurityHubMemberIndex(Map<String, Map<String, Member>> byRegion) {

    static SecurityHubMemberIndex of(OrganizationContext organization) {
        Map<String, Map<String, Member>> byRegion = new HashMap<>();
        organization
                .delegatedAdmin(SecurityHubSnapshot.SERVICE_PRINCIPAL)
                .flatMap(organization::snapshotOf)
                .ifPresent(admin -> admin.regions().forEach(region -> index(region, byRegion)));
        return new SecurityHubMemberIndex(byRegion);
    }

    private static void index(RegionSnapshot region, Map<String, Map<String, Member>> byRegion) {
        SecurityHubSnapshot snapshot = region.securityHub();
        if (snapshot == null || snapshot.members() == null || snapshot.members().isFailed()) {
            return;
        }
        Map<String, Member> members = new HashMap<>();
        snapshot.members().value().members().forEach(m -> members.putIfAbsent(m.accountId(), m));
        byRegion.put(region.region(), members);
    }

    Optional<Member> member(String region, String accountId) {
        return Optional.ofNullable(byRegion.getOrDefault(region, Map.of()).get(accountId));
    }
}
