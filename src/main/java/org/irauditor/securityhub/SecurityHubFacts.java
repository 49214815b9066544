package org.irauditor.securityhub;

import java.util.Optional;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;

/** What several Security Hub checks read the same way: "not enabled" answers, hub ARNs, the administrator. */
final class SecurityHubFacts {

    /** The ASFF resource type of a hub. */
    static final String HUB_TYPE = "AwsSecurityHubHub";

    private SecurityHubFacts() {}

    /**
     * True when DescribeHub said the account is not subscribed: Security Hub answers InvalidAccessException (and
     * sometimes ResourceNotFoundException) rather than an empty hub.
     */
    static boolean isNotEnabled(Outcome<?> hub) {
        return hub.isFailed()
                && (hub.error().kind() == ErrorKind.NOT_ENABLED || hub.error().kind() == ErrorKind.NOT_FOUND);
    }

    /** The fixed ARN of an account's hub in a region. */
    static String hubArn(String partition, String region, String accountId) {
        return "arn:" + partition + ":securityhub:" + region + ":" + accountId + ":hub/default";
    }

    static Resource hubResource(String partition, String region, String accountId) {
        return new Resource(HUB_TYPE, hubArn(partition, region, accountId));
    }

    /**
     * The delegated administrator of Security Hub, or the verdict to give instead: UNKNOWN when the delegated
     * administrators could not be listed, FAIL when none is registered.
     */
    static Administrator administrator(OrganizationContext organization) {
        var delegated = organization.organization().delegatedAdmins();
        if (delegated.isFailed()) {
            return new Administrator(null, Verdict.unknown(delegated.error()));
        }
        return organization
                .delegatedAdmin(SecurityHubSnapshot.SERVICE_PRINCIPAL)
                .map(id -> new Administrator(id, null))
                .orElseGet(() -> new Administrator(
                        null,
                        Verdict.fail(
                                "No delegated administrator is registered for Security Hub in the organization.")));
    }

    /**
     * The administrator's Security Hub snapshot of a region; empty when the administrator was not audited, could
     * not be accessed, or that region of it was not collected.
     */
    static Optional<SecurityHubSnapshot> adminRegion(OrganizationContext organization, String adminId, String region) {
        return organization
                .snapshotOf(adminId)
                .filter(a -> a.accessError() == null)
                .flatMap(a -> a.region(region))
                .filter(r -> r.error() == null)
                .map(RegionSnapshot::securityHub);
    }

    /** Why the administrator's snapshot is missing, for UNKNOWN verdicts. */
    static Verdict adminNotAudited(OrganizationContext organization, String adminId) {
        Optional<AccountSnapshot> admin = organization.snapshotOf(adminId);
        if (admin.isPresent() && admin.get().accessError() != null) {
            return Verdict.unknown("The Security Hub administrator account " + adminId + " could not be audited: "
                            + admin.get().accessError().describe())
                    .with("administrator", adminId);
        }
        return Verdict.unknown("The Security Hub administrator account " + adminId + " was not audited.")
                .with("administrator", adminId);
    }

    /** The delegated administrator's id, or the verdict that replaces the evaluation. */
    record Administrator(String accountId, Verdict verdict) {}

    /**
     * The Security Hub administrator's snapshot, or the verdict that replaces every result when the administrator
     * is unknown or could not be audited.
     */
    static AdministratorSnapshot administratorSnapshot(OrganizationContext organization) {
        Administrator admin = administrator(organization);
        if (admin.verdict() != null) {
            return new AdministratorSnapshot(null, null, admin.verdict());
        }
        AccountSnapshot snapshot = organization.snapshotOf(admin.accountId()).orElse(null);
        if (snapshot == null || snapshot.accessError() != null) {
            return new AdministratorSnapshot(admin.accountId(), null, adminNotAudited(organization, admin.accountId()));
        }
        return new AdministratorSnapshot(admin.accountId(), snapshot, null);
    }

    /** The administrator's id and snapshot, or the verdict standing in for them. */
    record AdministratorSnapshot(String accountId, AccountSnapshot snapshot, Verdict verdict) {}
}
