package org.irauditor.detective;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.detective.DetectiveSnapshot.MemberDetail;

/**
 * The Detective administrator's graph members by region and account, built once per organization context so
 * that each account's lookup does not scan the whole member list.
 */
record DetectiveMemberIndex(Map<String, Map<String, MemberDetail>> byRegion) {

    static DetectiveMemberIndex of(OrganizationContext organization) {
        Map<String, Map<String, MemberDetail>> byRegion = new HashMap<>();
        DetectiveFacts.Administrator admin = DetectiveFacts.administrator(organization);
        if (admin.accountId() != null) {
            organization
                    .snapshotOf(admin.accountId())
                    .ifPresent(snapshot -> snapshot.regions().forEach(region -> index(region, byRegion)));
        }
        return new DetectiveMemberIndex(byRegion);
    }

    private static void index(RegionSnapshot region, Map<String, Map<String, MemberDetail>> byRegion) {
        DetectiveSnapshot snapshot = region.detective();
        if (snapshot == null || snapshot.members() == null || snapshot.members().isFailed()) {
            return;
        }
        Map<String, MemberDetail> members = new HashMap<>();
        snapshot.members().value().memberDetails().forEach(m -> members.putIfAbsent(m.accountId(), m));
        byRegion.put(region.region(), members);
    }

    Optional<MemberDetail> member(String region, String accountId) {
        return Optional.ofNullable(byRegion.getOrDefault(region, Map.of()).get(accountId));
    }
}
