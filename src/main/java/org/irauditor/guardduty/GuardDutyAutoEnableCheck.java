package org.irauditor.guardduty;

import java.util.List;
import java.util.Optional;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationCheck;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.irauditor.guardduty.GuardDutySnapshot.OrganizationConfiguration;
import org.springframework.stereotype.Component;

/**
 * The GuardDuty delegated administrator enables organization accounts automatically, in each of its regions.
 * The setting belongs to the organization (one configuration per region, held by the administrator, governing
 * every member), so it is judged once for the organization with one verdict per region rather than once per
 * member account.
 */
@Component
public class GuardDutyAutoEnableCheck implements OrganizationCheck {

    public static final String ID = "guardduty.organization-auto-enable";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(OrganizationContext organization) {
        if (organization.organization().delegatedAdmins().isFailed()) {
            return List.of(Verdict.unknown(
                    organization.organization().delegatedAdmins().error()));
        }
        Optional<String> admin = organization.delegatedAdmin(GuardDutyCollector.PRINCIPAL);
        if (admin.isEmpty()) {
            return List.of(Verdict.fail("No GuardDuty delegated administrator is registered in the organization,"
                    + " so no account is enabled automatically."));
        }
        String adminId = admin.get();
        Optional<AccountSnapshot> snapshot = organization.snapshotOf(adminId);
        if (snapshot.isEmpty()) {
            return List.of(Verdict.unknown("The GuardDuty delegated administrator " + adminId
                            + " was not audited, so its organization configuration is unknown.")
                    .with("administrator", adminId));
        }
        return evaluateAdmin(snapshot.get());
    }

    private static List<Verdict> evaluateAdmin(AccountSnapshot admin) {
        if (admin.accessError() != null) {
            return List.of(Verdict.unknown("The GuardDuty delegated administrator " + admin.accountId()
                            + " could not be audited: " + admin.accessError().describe())
                    .with("administrator", admin.accountId()));
        }
        if (admin.regions().isEmpty()) {
            return List.of(Verdict.unknown(
                            "The GuardDuty delegated administrator " + admin.accountId() + " has no audited region.")
                    .with("administrator", admin.accountId()));
        }
        return admin.regions().stream()
                .map(region -> evaluateRegion(admin, region)
                        .about(resource(admin, region))
                        .with("administrator", admin.accountId())
                        .with("region", region.region()))
                .toList();
    }

    private static Verdict evaluateRegion(AccountSnapshot admin, RegionSnapshot region) {
        if (region.error() != null) {
            return Verdict.unknown(region.error());
        }
        GuardDutySnapshot guardDuty = region.guardDuty();
        if (guardDuty == null) {
            return Verdict.unknown("GuardDuty was not collected in " + region.region() + ".");
        }
        if (guardDuty.detectorIds().isFailed()) {
            return Verdict.unknown(guardDuty.detectorIds().error());
        }
        if (guardDuty.detectorId().isEmpty()) {
            return Verdict.fail("The GuardDuty delegated administrator has no detector in " + region.region()
                    + ", so no account is enabled automatically there.");
        }
        return judge(guardDuty.organizationConfiguration(), region.region());
    }

    private static Verdict judge(Outcome<OrganizationConfiguration> answer, String region) {
        if (answer == null) {
            return Verdict.unknown("The GuardDuty organization configuration was not collected in " + region + ".");
        }
        if (answer.isFailed()) {
            return Verdict.unknown(answer.error());
        }
        OrganizationConfiguration configuration = answer.value();
        String members = configuration.autoEnableOrganizationMembers();
        if ("ALL".equalsIgnoreCase(members)) {
            return Verdict.pass("GuardDuty is enabled automatically for all organization accounts in " + region + ".")
                    .with("autoEnableOrganizationMembers", members);
        }
        if ("NEW".equalsIgnoreCase(members)) {
            return Verdict.pass("GuardDuty is enabled automatically for new organization accounts in " + region + ".")
                    .with("autoEnableOrganizationMembers", members);
        }
        if (members == null && Boolean.TRUE.equals(configuration.autoEnable())) {
            return Verdict.pass("GuardDuty is enabled automatically for new organization accounts in " + region
                            + " (legacy autoEnable setting).")
                    .with("autoEnable", true);
        }
        return Verdict.fail("GuardDuty is not enabled automatically for organization accounts in " + region + ".")
                .with("autoEnableOrganizationMembers", members)
                .with("autoEnable", configuration.autoEnable());
    }

    private static Resource resource(AccountSnapshot admin, RegionSnapshot region) {
        Optional<String> detectorId = Optional.ofNullable(region.guardDuty()).flatMap(GuardDutySnapshot::detectorId);
        return detectorId
                .map(id -> GuardDutyResources.detector(admin.partition(), region.region(), admin.accountId(), id))
                .orElseGet(() -> new Resource(
                        "Other",
                        "arn:" + admin.partition() + ":guardduty:" + region.region() + ":" + admin.accountId()
                                + ":organization-configuration"));
    }
}
