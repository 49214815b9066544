package org.irauditor.securityhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.securityhub.SecurityHubScenario.ADMIN;
import static org.irauditor.securityhub.SecurityHubScenario.MEMBER;
import static org.irauditor.securityhub.SecurityHubScenario.REGION;
import static org.irauditor.securityhub.SecurityHubScenario.account;
import static org.irauditor.securityhub.SecurityHubScenario.administrator;
import static org.irauditor.securityhub.SecurityHubScenario.failed;
import static org.irauditor.securityhub.SecurityHubScenario.member;
import static org.irauditor.securityhub.SecurityHubScenario.notSubscribed;
import static org.irauditor.securityhub.SecurityHubScenario.ok;
import static org.irauditor.securityhub.SecurityHubScenario.organization;
import static org.irauditor.securityhub.SecurityHubScenario.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.securityhub.SecurityHubSnapshot.AdministratorAccount;
import org.irauditor.securityhub.SecurityHubSnapshot.EnabledStandards;
import org.irauditor.securityhub.SecurityHubSnapshot.Members;
import org.junit.jupiter.api.Test;

class SecurityHubAdministratorCheckTest {

    private final SecurityHubAdministratorCheck check = new SecurityHubAdministratorCheck();

    private static AccountSnapshot adminWithMembers(Outcome<Members> members) {
        return account(ADMIN, region(REGION, administrator(null, null, null, members)));
    }

    private static RegionSnapshot memberRegion(Outcome<AdministratorAccount> ownView) {
        return region(REGION, member(ok("get-enabled-standards-ready.json", EnabledStandards.class), ownView));
    }

    private Verdict evaluate(String accountId, RegionSnapshot region, OrganizationContext organization) {
        List<Verdict> verdicts = check.evaluate(region, account(accountId, region), organization);
        assertThat(verdicts).hasSize(1);
        return verdicts.get(0);
    }

    @Test
    void evaluateWhenAdministratorListsTheAccountAsEnabledShouldPass() {
        // given
        OrganizationContext organization = organization(adminWithMembers(ok("list-members.json", Members.class)));
        RegionSnapshot region = memberRegion(ok("get-administrator-account-none.json", AdministratorAccount.class));

        // when
        Verdict verdict = evaluate(MEMBER, region, organization);

        // then: the administrator's list wins over the account's own (empty) view
        assertThat(verdict.status()).isEqualTo(Status.PASS);
        assertThat(verdict.message())
                .isEqualTo("This account is an enabled member of the Security Hub administrator account 777788889999.");
        assertThat(verdict.evidence())
                .containsEntry("memberStatus", "Enabled")
                .containsEntry("source", "ListMembers of 777788889999");
    }

    @Test
    void evaluateWhenAdministratorListsTheAccountAsInvitedShouldFail() {
        // given
        OrganizationContext organization = organization(adminWithMembers(ok("list-members.json", Members.class)));
        RegionSnapshot region = memberRegion(ok("get-administrator-account-none.json", AdministratorAccount.class));

        // when
        Verdict verdict = evaluate("555566667777", region, organization);

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("This account's membership of the Security Hub administrator account 777788889999 has "
                        + "status Invited, not Enabled.");
    }

    @Test
    void evaluateWhenAdministratorDoesNotListTheAccountShouldFail() {
        // given
        OrganizationContext organization = organization(adminWithMembers(ok("list-members.json", Members.class)));
        RegionSnapshot region = memberRegion(ok("get-administrator-account-member.json", AdministratorAccount.class));

        // when
        Verdict verdict = evaluate("333344445555", region, organization);

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("This account is not a member of the Security Hub administrator account 777788889999.");
    }

    @Test
    void evaluateWhenTheAccountIsTheAdministratorShouldPass() {
        // given
        AccountSnapshot admin = adminWithMembers(ok("list-members.json", Members.class));

        // when
        Verdict verdict = evaluate(ADMIN, admin.regions().get(0), organization(admin));

        // then
        assertThat(verdict.status()).isEqualTo(Status.PASS);
        assertThat(verdict.message())
                .isEqualTo("This account is the Security Hub delegated administrator of the organization.");
    }

    @Test
    void evaluateWhenAdministratorWasNotAuditedShouldUseTheAccountsOwnView() {
        // given
        RegionSnapshot region = memberRegion(ok("get-administrator-account-member.json", AdministratorAccount.class));

        // when
        Verdict verdict = evaluate(MEMBER, region, organization());

        // then
        assertThat(verdict.status()).isEqualTo(Status.PASS);
        assertThat(verdict.message())
                .isEqualTo("This account is an enabled member of the Security Hub administrator account 777788889999.");
        assertThat(verdict.evidence()).containsEntry("source", "GetAdministratorAccount");
    }

    @Test
    void evaluateWhenTheAccountReportsAnotherAdministratorShouldFail() {
        // given
        RegionSnapshot region = memberRegion(ok("get-administrator-account-other.json", AdministratorAccount.class));

        // when
        Verdict verdict = evaluate(MEMBER, region, organization());

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("This account is managed by the Security Hub administrator 123456789012, not by the "
                        + "organization's delegated administrator 777788889999.");
    }

    @Test
    void evaluateWhenHubIsNotEnabledAndNoMemberListIsAvailableShouldFail() {
        // given
        RegionSnapshot region = region(REGION, SecurityHubSnapshot.of(notSubscribed()));

        // when
        Verdict verdict = evaluate(MEMBER, region, organization());

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("Security Hub is not enabled in this region, so no administrator manages it.");
    }

    @Test
    void evaluateWhenNoDelegatedAdministratorIsRegisteredShouldFail() {
        // given
        RegionSnapshot region = memberRegion(ok("get-administrator-account-none.json", AdministratorAccount.class));

        // when
        Verdict verdict = evaluate(MEMBER, region, organization(Outcome.ok(List.<DelegatedAdmin>of())));

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("No delegated administrator is registered for Security Hub in the organization.");
    }

    @Test
    void evaluateWhenDelegatedAdministratorsCouldNotBeListedShouldBeUnknown() {
        // given
        RegionSnapshot region = memberRegion(ok("get-administrator-account-member.json", AdministratorAccount.class));
        Outcome<List<DelegatedAdmin>> denied = failed("ListDelegatedAdministrators", "AccessDeniedException", 400);

        // when
        Verdict verdict = evaluate(MEMBER, region, organization(denied));

        // then
        assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdict.message())
                .isEqualTo("ListDelegatedAdministrators failed: AccessDeniedException (access denied)");
    }

    @Test
    void evaluateWhenMemberListAndOwnViewFailedShouldBeUnknownWithTheAdministratorsReason() {
        // given
        OrganizationContext organization =
                organization(adminWithMembers(failed("ListMembers", "ThrottlingException", 400)));
        RegionSnapshot region = memberRegion(failed("GetAdministratorAccount", "AccessDeniedException", 403));

        // when
        Verdict verdict = evaluate(MEMBER, region, organization);

        // then
        assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdict.message()).isEqualTo("ListMembers failed: ThrottlingException (throttled)");
    }

    @Test
    void evaluateWhenNothingWasCollectedShouldBeUnknown() {
        // given
        RegionSnapshot region = region(REGION, null);

        // when
        Verdict verdict = evaluate(MEMBER, region, organization());

        // then
        assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdict.message()).isEqualTo("The Security Hub administrator account 777788889999 was not audited.");
    }
}
