package org.irauditor.guardduty;

import java.util.List;
import java.util.Optional;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Outcome;
import org.irauditor.core.Verdict;
import org.irauditor.guardduty.GuardDutySnapshot.Administrator;
import org.irauditor.guardduty.GuardDutySnapshot.AdministratorAccount;
import org.irauditor.guardduty.GuardDutySnapshot.Member;
import org.springframework.stereotype.Component;

/**
 * The account is managed, in the region, by the organization's GuardDuty delegated administrator. The
 * administrator's member list is the reference; the account's own view of its administrator is used only when
 * that list could not be read (administrator not audited, region or call failed).
 */
@Component
public class GuardDutyMembershipCheck implements RegionalCheck {

    public static final String ID = "guardduty.organization-membership";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        if (organization.organization().delegatedAdmins().isFailed()) {
            return List.of(Verdict.unknown(
                    organization.organization().delegatedAdmins().error()));
        }
        Optional<String> admin = organization.delegatedAdmin(GuardDutyCollector.PRINCIPAL);
        if (admin.isEmpty()) {
            return List.of(Verdict.fail(
                    "No GuardDuty delegated administrator is registered in the organization, so no account is"
                            + " centrally managed."));
        }
        String adminId = admin.get();
        if (adminId.equals(account.accountId())) {
            return List.of(Verdict.pass("This account is the organization's GuardDuty delegated administrator.")
                    .with("administrator", adminId));
        }
        return List.of(judge(region, account, organization, adminId).with("administrator", adminId));
    }

    private static Verdict judge(
            RegionSnapshot region, AccountSnapshot account, OrganizationContext organization, String adminId) {
        Optional<GuardDutySnapshot> adminView = adminGuardDuty(organization, adminId, region.region());
        if (adminView.isPresent() && hasNoDetector(adminView.get())) {
            return Verdict.fail("The GuardDuty delegated administrator " + adminId
                    + " has no detector in this region, so it manages no account here.");
        }
        Optional<List<Member>> members =
                adminView.map(GuardDutySnapshot::members).filter(Outcome::isOk).map(Outcome::value);
        if (members.isPresent()) {
            return byMemberList(members.get(), account.accountId(), adminId).with("source", "administrator");
        }
        GuardDutySnapshot own = region.guardDuty();
        if (own == null) {
            return GuardDutyResources.notCollected(region).get(0);
        }
        return byOwnView(own, adminId).with("source", "account");
    }

    private static Optional<GuardDutySnapshot> adminGuardDuty(
            OrganizationContext organization, String adminId, String region) {
        return organization
                .snapshotOf(adminId)
                .flatMap(snapshot -> snapshot.region(region))
                .filter(r -> r.error() == null)
                .map(RegionSnapshot::guardDuty);
    }

    private static boolean hasNoDetector(GuardDutySnapshot admin) {
        return admin.detectorIds() != null
                && admin.detectorIds().isOk()
                && admin.detectorId().isEmpty();
    }

    private static Verdict byMemberList(List<Member> members, String accountId, String adminId) {
        Optional<Member> member =
                members.stream().filter(m -> accountId.equals(m.accountId())).findFirst();
        if (member.isEmpty()) {
            return Verdict.fail("This account is not a member of the GuardDuty delegated administrator " + adminId
                    + " in this region.");
        }
        if (member.get().isEnabled()) {
            return Verdict.pass("This account is an enabled member of the GuardDuty delegated administrator " + adminId
                            + ".")
                    .with("relationshipStatus", member.get().relationshipStatus());
        }
        return Verdict.fail("This account's membership of the GuardDuty delegated administrator " + adminId + " is "
                        + member.get().relationshipStatus() + ", not Enabled.")
                .with("relationshipStatus", member.get().relationshipStatus());
    }

    private static Verdict byOwnView(GuardDutySnapshot own, String adminId) {
        if (own.detectorIds().isFailed()) {
            return Verdict.unknown(own.detectorIds().error());
        }
        Outcome<AdministratorAccount> answer = own.administrator();
        if (answer == null) {
            return Verdict.fail(
                    "This account has no GuardDuty detector in this region, so no administrator" + " manages it here.");
        }
        if (answer.isFailed()) {
            return Verdict.unknown(answer.error());
        }
        Administrator administrator = answer.value().administrator();
        if (administrator == null || administrator.accountId() == null) {
            return Verdict.fail("This account has no GuardDuty administrator in this region.");
        }
        if (!adminId.equals(administrator.accountId())) {
            return Verdict.fail("This account is managed by GuardDuty administrator " + administrator.accountId()
                            + ", not by the organization's delegated administrator " + adminId + ".")
                    .with("relationshipStatus", administrator.relationshipStatus());
        }
        if ("Enabled".equalsIgnoreCase(administrator.relationshipStatus())) {
            return Verdict.pass("This account reports the GuardDuty delegated administrator " + adminId
                            + " as its enabled administrator.")
                    .with("relationshipStatus", administrator.relationshipStatus());
        }
        return Verdict.fail("This account reports its relationship with the GuardDuty delegated administrator "
                        + adminId + " as " + administrator.relationshipStatus() + ", not Enabled.")
                .with("relationshipStatus", administrator.relationshipStatus());
    }
}
