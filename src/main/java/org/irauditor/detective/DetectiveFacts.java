package org.irauditor.detective;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;

/** What several Detective checks read the same way: the delegated administrator and its snapshot. */
final class DetectiveFacts {

    private DetectiveFacts() {}

    /**
     * The delegated administrator of Detective, from Organizations or else from the management account's
     * ListOrganizationAdminAccounts; otherwise the verdict to give instead: UNKNOWN when the delegated
     * administrators could not be listed, FAIL when none is registered.
     */
    static Administrator administrator(OrganizationContext organization) {
        Optional<String> admin = organization
                .delegatedAdmin(DetectiveSnapshot.SERVICE_PRINCIPAL)
                .or(() -> fromManagementAccount(organization));
        if (admin.isPresent()) {
            return new Administrator(admin.get(), null);
        }
        var delegated = organization.organization().delegatedAdmins();
        if (delegated.isFailed()) {
            return new Administrator(null, Verdict.unknown(delegated.error()));
        }
        return new Administrator(
                null,
                Verdict.fail("No delegated administrator is registered for Amazon Detective in the organization."));
    }

    private static Optional<String> fromManagementAccount(OrganizationContext organization) {
        return organization.snapshotOf(organization.managementAccountId()).stream()
                .flatMap(a -> a.regions().stream())
                .map(RegionSnapshot::detective)
                .filter(d -> d != null
                        && d.organizationAdmins() != null
                        && d.organizationAdmins().isOk())
                .flatMap(d -> d.organizationAdmins().value().administrators().stream())
                .map(DetectiveSnapshot.Administrator::accountId)
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** The administrator's audited snapshot, if it was audited. */
    static Optional<AccountSnapshot> adminSnapshot(OrganizationContext organization, String adminId) {
        return organization.snapshotOf(adminId).filter(a -> a.accessError() == null);
    }

    /** The administrator's Detective snapshot of a region, if that region was collected. */
    static Optional<DetectiveSnapshot> adminRegion(OrganizationContext organization, String adminId, String region) {
        return adminSnapshot(organization, adminId)
                .flatMap(a -> a.region(region))
                .filter(r -> r.error() == null)
                .map(RegionSnapshot::detective);
    }

    /** Why the administrator's snapshot is missing, for UNKNOWN verdicts. */
    static Verdict adminNotAudited(OrganizationContext organization, String adminId) {
        Optional<AccountSnapshot> admin = organization.snapshotOf(adminId);
        if (admin.isPresent() && admin.get().accessError() != null) {
            return Verdict.unknown("The Detective administrator account " + adminId + " could not be audited: "
                            + admin.get().accessError().describe())
                    .with("administrator", adminId);
        }
        return Verdict.unknown("The Detective administrator account " + adminId + " was not audited.")
                .with("administrator", adminId);
    }

    /** The resource of an organization-level verdict about the administrator's graph in one region. */
    /**
     * One verdict per audited region of the Detective administrator, each with the administrator and region as
     * evidence; a single verdict instead when the administrator is unknown or was not audited.
     */
    static List<Verdict> perAdministratorRegion(
            OrganizationContext organization, BiFunction<RegionSnapshot, String, Verdict> evaluate) {
        Administrator admin = administrator(organization);
        if (admin.verdict() != null) {
            return List.of(admin.verdict());
        }
        String adminId = admin.accountId();
        AccountSnapshot snapshot = adminSnapshot(organization, adminId).orElse(null);
        if (snapshot == null) {
            return List.of(adminNotAudited(organization, adminId));
        }
        if (snapshot.regions().isEmpty()) {
            return List.of(
                    Verdict.unknown("No region of the Detective administrator account " + adminId + " was audited.")
                            .with("administrator", adminId));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (RegionSnapshot region : snapshot.regions()) {
            verdicts.add(evaluate.apply(region, adminId)
                    .with("administrator", adminId)
                    .with("region", region.region()));
        }
        return verdicts;
    }

    static Resource graphResource(String graphArn, String adminId, String region) {
        return graphArn != null
                ? new Resource("Other", graphArn)
                : new Resource("Other", "Detective behavior graph of " + adminId + " in " + region);
    }

    /** The delegated administrator's id, or the verdict that replaces the evaluation. */
    record Administrator(String accountId, Verdict verdict) {}
}
