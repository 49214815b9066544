package org.irauditor.securityhub;

import java.util.List;
import java.util.Optional;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Outcome;
import org.irauditor.core.Verdict;
import org.irauditor.securityhub.SecurityHubSnapshot.AdministratorAccount;
import org.irauditor.securityhub.SecurityHubSnapshot.Invitation;
import org.irauditor.securityhub.SecurityHubSnapshot.Member;
import org.irauditor.securityhub.SecurityHubSnapshot.Members;
import org.springframework.stereotype.Component;

/**
 * Every account is an enabled member of the organization's Security Hub delegated administrator in every region,
 * read from the administrator's member list; the account's own view of its administrator is the fallback when
 * that list is not available.
 */
@Component
public class SecurityHubAdministratorCheck implements RegionalCheck {

    public static final String ID = "securityhub.administrator";

    private static final String ENABLED = "Enabled";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        SecurityHubFacts.Administrator admin = SecurityHubFacts.administrator(organization);
        if (admin.verdict() != null) {
            return List.of(admin.verdict());
        }
        String adminId = admin.accountId();
        Verdict verdict = adminId.equals(account.accountId())
                ? Verdict.pass("This account is the Security Hub delegated administrator of the organization.")
                        .with("administrator", adminId)
                : evaluateMember(region, account.accountId(), adminId, organization);
        return List.of(
                verdict.about(SecurityHubFacts.hubResource(account.partition(), region.region(), account.accountId())));
    }

    private static Verdict evaluateMember(
            RegionSnapshot region, String accountId, String adminId, OrganizationContext organization) {
        Outcome<Members> members = SecurityHubFacts.adminRegion(organization, adminId, region.region())
                .map(SecurityHubSnapshot::members)
                .orElse(null);
        if (members != null && members.isOk()) {
            return fromMemberList(
                    organization
                            .view(SecurityHubMemberIndex.class, SecurityHubMemberIndex::of)
                            .member(region.region(), accountId),
                    adminId);
        }
        SecurityHubSnapshot own = region.securityHub();
        if (own != null && own.hub() != null && SecurityHubFacts.isNotEnabled(own.hub())) {
            return Verdict.fail("Security Hub is not enabled in this region, so no administrator manages it.")
                    .with("administrator", adminId);
        }
        Outcome<AdministratorAccount> ownView = own == null ? null : own.administrator();
        if (ownView != null && ownView.isOk()) {
            return fromOwnView(ownView.value(), adminId);
        }
        if (members != null) {
            return Verdict.unknown(members.error()).with("administrator", adminId);
        }
        if (ownView != null) {
            return Verdict.unknown(ownView.error()).with("administrator", adminId);
        }
        if (own != null && own.hub() != null && own.hub().isFailed()) {
            return Verdict.unknown(own.hub().error()).with("administrator", adminId);
        }
        return SecurityHubFacts.adminNotAudited(organization, adminId);
    }

    private static Verdict fromMemberList(Optional<Member> member, String adminId) {
        if (member.isEmpty()) {
            return notMember(adminId).with("source", "ListMembers of " + adminId);
        }
        return byStatus(member.get().memberStatus(), adminId).with("source", "ListMembers of " + adminId);
    }

    private static Verdict fromOwnView(AdministratorAccount view, String adminId) {
        Invitation invitation = view.administrator();
        if (invitation == null || invitation.accountId() == null) {
            return notMember(adminId).with("source", "GetAdministratorAccount");
        }
        if (!adminId.equals(invitation.accountId())) {
            return Verdict.fail("This account is managed by the Security Hub administrator " + invitation.accountId()
                            + ", not by the organization's delegated administrator " + adminId + ".")
                    .with("administrator", adminId)
                    .with("actualAdministrator", invitation.accountId())
                    .with("memberStatus", invitation.memberStatus())
                    .with("source", "GetAdministratorAccount");
        }
        return byStatus(invitation.memberStatus(), adminId).with("source", "GetAdministratorAccount");
    }

    private static Verdict byStatus(String status, String adminId) {
        Verdict verdict = ENABLED.equalsIgnoreCase(status)
                ? Verdict.pass(
                        "This account is an enabled member of the Security Hub administrator account " + adminId + ".")
                : Verdict.fail("This account's membership of the Security Hub administrator account " + adminId
                        + " has status " + status + ", not Enabled.");
        return verdict.with("administrator", adminId).with("memberStatus", status);
    }

    private static Verdict notMember(String adminId) {
        return Verdict.fail("This account is not a member of the Security Hub administrator account " + adminId + ".")
                .with("administrator", adminId);
    }
}
