package org.irauditor.guardduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.guardduty.GuardDutyFixtures.ADMIN;
import static org.irauditor.guardduty.GuardDutyFixtures.MEMBER;
import static org.irauditor.guardduty.GuardDutyFixtures.REGION;
import static org.irauditor.guardduty.GuardDutyFixtures.REMOVED_MEMBER;
import static org.irauditor.guardduty.GuardDutyFixtures.account;
import static org.irauditor.guardduty.GuardDutyFixtures.adminView;
import static org.irauditor.guardduty.GuardDutyFixtures.denied;
import static org.irauditor.guardduty.GuardDutyFixtures.detectorIds;
import static org.irauditor.guardduty.GuardDutyFixtures.memberView;
import static org.irauditor.guardduty.GuardDutyFixtures.members;
import static org.irauditor.guardduty.GuardDutyFixtures.organization;
import static org.irauditor.guardduty.GuardDutyFixtures.organizationConfiguration;
import static org.irauditor.guardduty.GuardDutyFixtures.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class GuardDutyMembershipCheckTest {

    private final GuardDutyMembershipCheck check = new GuardDutyMembershipCheck();

    private final RegionSnapshot memberRegion =
            region(REGION, memberView("get-detector-enabled.json", "get-administrator-account-enabled.json"));

    @Test
    void evaluateWhenAdministratorListsAccountAsEnabledShouldPass() {
        // given
        OrganizationContext organization = organization(administrator(members("list-members.json")));

        // when
        List<Verdict> verdicts = check.evaluate(memberRegion, account(MEMBER, memberRegion), organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo(
                            "This account is an enabled member of the GuardDuty delegated administrator 777788889999.");
            assertThat(v.evidence())
                    .containsEntry("relationshipStatus", "Enabled")
                    .containsEntry("source", "administrator")
                    .containsEntry("administrator", ADMIN);
        });
    }

    @Test
    void evaluateWhenAdministratorListsAccountAsRemovedShouldFail() {
        // given
        OrganizationContext organization = organization(administrator(members("list-members.json")));

        // when
        List<Verdict> verdicts = check.evaluate(memberRegion, account(REMOVED_MEMBER, memberRegion), organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("This account's membership of the GuardDuty delegated administrator 777788889999 is"
                            + " Removed, not Enabled.");
        });
    }

    @Test
    void evaluateWhenAdministratorHasNoMembersShouldFailEvenIfTheAccountClaimsAnAdministrator() {
        // given
        OrganizationContext organization = organization(administrator(members("list-members-empty.json")));

        // when
        List<Verdict> verdicts = check.evaluate(memberRegion, account(MEMBER, memberRegion), organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("This account is not a member of the GuardDuty delegated administrator 777788889999 in"
                            + " this region.");
        });
    }

    @Test
    void evaluateWhenAccountIsTheAdministratorShouldPass() {
        // given
        AccountSnapshot admin = administrator(members("list-members.json"));

        // when
        List<Verdict> verdicts = check.evaluate(admin.regions().get(0), admin, organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message()).isEqualTo("This account is the organization's GuardDuty delegated administrator.");
        });
    }

    @Test
    void evaluateWhenAdministratorHasNoDetectorInTheRegionShouldFail() {
        // given
        AccountSnapshot admin = account(ADMIN, region(REGION, GuardDutyFixtures.withoutDetector()));

        // when
        List<Verdict> verdicts = check.evaluate(memberRegion, account(MEMBER, memberRegion), organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("The GuardDuty delegated administrator 777788889999 has no detector in this region, so"
                            + " it manages no account here.");
        });
    }

    @Test
    void evaluateWhenAdministratorWasNotAuditedShouldTrustTheAccountsOwnEnabledAdministrator() {
        // given: no administrator snapshot

        // when
        List<Verdict> verdicts = check.evaluate(memberRegion, account(MEMBER, memberRegion), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("This account reports the GuardDuty delegated administrator 777788889999 as its enabled"
                            + " administrator.");
            assertThat(v.evidence()).containsEntry("source", "account");
        });
    }

    @Test
    void evaluateWhenAdministratorsMemberListFailedShouldFallBackToTheAccountsOwnView() {
        // given
        OrganizationContext organization = organization(administrator(denied("ListMembers")));
        RegionSnapshot resigned =
                region(REGION, memberView("get-detector-enabled.json", "get-administrator-account-resigned.json"));

        // when
        List<Verdict> verdicts = check.evaluate(resigned, account(MEMBER, resigned), organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("This account reports its relationship with the GuardDuty delegated administrator"
                            + " 777788889999 as Resigned, not Enabled.");
        });
    }

    @Test
    void evaluateWhenAccountHasNoAdministratorShouldFail() {
        // given
        RegionSnapshot region =
                region(REGION, memberView("get-detector-enabled.json", "get-administrator-account-none.json"));

        // when
        List<Verdict> verdicts = check.evaluate(region, account(MEMBER, region), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("This account has no GuardDuty administrator in this region.");
        });
    }

    @Test
    void evaluateWhenAccountIsManagedByAnotherAdministratorShouldFail() {
        // given
        RegionSnapshot region =
                region(REGION, memberView("get-detector-enabled.json", "get-administrator-account-other.json"));

        // when
        List<Verdict> verdicts = check.evaluate(region, account(MEMBER, region), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("This account is managed by GuardDuty administrator 123412341234, not by the"
                            + " organization's delegated administrator 777788889999.");
        });
    }

    @Test
    void evaluateWhenAccountHasNoDetectorAndNoAdministratorViewShouldFail() {
        // given
        RegionSnapshot region = region(REGION, GuardDutyFixtures.withoutDetector());

        // when
        List<Verdict> verdicts = check.evaluate(region, account(MEMBER, region), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("This account has no GuardDuty detector in this region, so no administrator manages it"
                            + " here.");
        });
    }

    @Test
    void evaluateWhenOwnAdministratorCallFailedAndNoAdministratorViewShouldBeUnknown() {
        // given
        RegionSnapshot region = region(
                REGION,
                new GuardDutySnapshot(
                        detectorIds("list-detectors.json"),
                        GuardDutyFixtures.detector("get-detector-enabled.json"),
                        denied("GetAdministratorAccount"),
                        null,
                        null));

        // when
        List<Verdict> verdicts = check.evaluate(region, account(MEMBER, region), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("GetAdministratorAccount failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenOrganizationHasNoGuardDutyAdministratorShouldFail() {
        // given
        OrganizationContext organization = organization(Outcome.ok(List.of()));

        // when
        List<Verdict> verdicts = check.evaluate(memberRegion, account(MEMBER, memberRegion), organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("No GuardDuty delegated administrator is registered in the organization, so no account"
                            + " is centrally managed.");
        });
    }

    @Test
    void evaluateWhenDelegatedAdministratorsCouldNotBeListedShouldBeUnknown() {
        // given
        OrganizationContext organization = organization(denied("ListDelegatedAdministrators"));

        // when
        List<Verdict> verdicts = check.evaluate(memberRegion, account(MEMBER, memberRegion), organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("ListDelegatedAdministrators failed: AccessDeniedException (access denied)");
        });
    }

    private static AccountSnapshot administrator(Outcome<List<GuardDutySnapshot.Member>> members) {
        return account(
                ADMIN,
                region(
                        REGION,
                        adminView(members, organizationConfiguration("describe-organization-configuration-all.json"))));
    }
}
