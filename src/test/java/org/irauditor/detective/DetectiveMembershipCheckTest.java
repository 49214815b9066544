package org.irauditor.detective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.detective.DetectiveScenario.ADMIN;
import static org.irauditor.detective.DetectiveScenario.GRAPH;
import static org.irauditor.detective.DetectiveScenario.MANAGEMENT;
import static org.irauditor.detective.DetectiveScenario.MEMBER;
import static org.irauditor.detective.DetectiveScenario.REGION;
import static org.irauditor.detective.DetectiveScenario.account;
import static org.irauditor.detective.DetectiveScenario.administrator;
import static org.irauditor.detective.DetectiveScenario.failed;
import static org.irauditor.detective.DetectiveScenario.memberView;
import static org.irauditor.detective.DetectiveScenario.ok;
import static org.irauditor.detective.DetectiveScenario.organization;
import static org.irauditor.detective.DetectiveScenario.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.detective.DetectiveSnapshot.Graphs;
import org.irauditor.detective.DetectiveSnapshot.Members;
import org.junit.jupiter.api.Test;

class DetectiveMembershipCheckTest {

    private final DetectiveMembershipCheck check = new DetectiveMembershipCheck();

    private static AccountSnapshot adminWithMembers(Outcome<Members> members) {
        return account(ADMIN, region(REGION, administrator(members, null)));
    }

    private Verdict evaluate(String accountId, OrganizationContext organization) {
        RegionSnapshot own = region(REGION, memberView());
        List<Verdict> verdicts = check.evaluate(own, account(accountId, own), organization);
        assertThat(verdicts).hasSize(1);
        return verdicts.get(0);
    }

    @Test
    void evaluateWhenAdministratorListsTheAccountAsEnabledShouldPassDespiteItsEmptyGraphList() {
        // given: the member's own ListGraphs is empty, as for every member
        OrganizationContext organization = organization(adminWithMembers(ok("list-members.json", Members.class)));

        // when
        Verdict verdict = evaluate(MANAGEMENT, organization);

        // then
        assertThat(verdict.status()).isEqualTo(Status.PASS);
        assertThat(verdict.message())
                .isEqualTo("This account is an ENABLED member of the Detective behavior graph of the administrator "
                        + "account 777788889999.");
        assertThat(verdict.evidence()).containsEntry("graph", GRAPH).containsEntry("status", "ENABLED");
    }

    @Test
    void evaluateWhenMemberIsAcceptedButDisabledWithUnknownVolumeShouldFailAndPointAtGuardDuty() {
        // given: "Status": "ACCEPTED_BUT_DISABLED", "DisabledReason": "VOLUME_UNKNOWN"
        OrganizationContext organization = organization(adminWithMembers(ok("list-members.json", Members.class)));

        // when
        Verdict verdict = evaluate(MEMBER, organization);

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("This account accepted the Detective invitation but is ACCEPTED_BUT_DISABLED because its "
                        + "data volume is unknown: Detective depends on GuardDuty, so enable GuardDuty in this "
                        + "account and region.");
        assertThat(verdict.evidence())
                .containsEntry("status", "ACCEPTED_BUT_DISABLED")
                .containsEntry("disabledReason", "VOLUME_UNKNOWN")
                .containsEntry("administrator", ADMIN);
    }

    @Test
    void evaluateWhenMemberIsAcceptedButDisabledWithTooMuchVolumeShouldFail() {
        // given
        OrganizationContext organization = organization(adminWithMembers(ok("list-members.json", Members.class)));

        // when
        Verdict verdict = evaluate("555566667777", organization);

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("This account accepted the Detective invitation but is ACCEPTED_BUT_DISABLED because its "
                        + "data volume is too high for the behavior graph: check the account's GuardDuty and log "
                        + "volume in this region.");
    }

    @Test
    void evaluateWhenMemberIsOnlyInvitedShouldFail() {
        // given
        OrganizationContext organization = organization(adminWithMembers(ok("list-members.json", Members.class)));

        // when
        Verdict verdict = evaluate("333344445555", organization);

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("This account is listed in the Detective behavior graph of the administrator account "
                        + "777788889999 with status INVITED, not ENABLED.");
    }

    @Test
    void evaluateWhenAdministratorDoesNotListTheAccountShouldFail() {
        // given
        OrganizationContext organization = organization(adminWithMembers(ok("list-members.json", Members.class)));

        // when
        Verdict verdict = evaluate("666677778888", organization);

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("This account is not a member of the Detective behavior graph of the administrator "
                        + "account 777788889999.");
    }

    @Test
    void evaluateWhenAdministratorHasNoGraphInTheRegionShouldFail() {
        // given
        AccountSnapshot admin = account(
                ADMIN,
                region(REGION, new DetectiveSnapshot(ok("list-graphs-empty.json", Graphs.class), null, null, null)));

        // when
        Verdict verdict = evaluate(MEMBER, organization(admin));

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("The Detective administrator account 777788889999 has no behavior graph in this region, "
                        + "so this account is not a member of one.");
    }

    @Test
    void evaluateWhenTheAccountIsTheAdministratorShouldPassAsGraphOwner() {
        // given
        AccountSnapshot admin = adminWithMembers(ok("list-members.json", Members.class));

        // when
        List<Verdict> verdicts = check.evaluate(admin.regions().get(0), admin, organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("This account is the Detective administrator and owns the behavior graph in this "
                            + "region.");
        });
    }

    @Test
    void evaluateWhenTheMemberListIsDeniedShouldBeUnknown() {
        // given
        OrganizationContext organization =
                organization(adminWithMembers(failed("ListMembers", "AccessDeniedException", 403)));

        // when
        Verdict verdict = evaluate(MEMBER, organization);

        // then
        assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdict.message()).isEqualTo("ListMembers failed: AccessDeniedException (access denied)");
    }

    @Test
    void evaluateWhenTheAdministratorWasNotAuditedShouldBeUnknown() {
        // given: no administrator snapshot

        // when
        Verdict verdict = evaluate(MEMBER, organization());

        // then
        assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdict.message()).isEqualTo("The Detective administrator account 777788889999 was not audited.");
    }

    @Test
    void evaluateWhenTheAdministratorWasNotAuditedInTheRegionShouldBeUnknown() {
        // given
        AccountSnapshot admin = account(ADMIN, region("eu-west-1", administrator(null, null)));

        // when
        Verdict verdict = evaluate(MEMBER, organization(admin));

        // then
        assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdict.message())
                .isEqualTo("The Detective administrator account 777788889999 was not audited in this region.");
    }

    @Test
    void evaluateWhenNoDelegatedAdministratorIsRegisteredShouldFail() {
        // given
        OrganizationContext organization = organization(Outcome.ok(List.of()));

        // when
        Verdict verdict = evaluate(MEMBER, organization);

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("No delegated administrator is registered for Amazon Detective in the organization.");
    }
}
