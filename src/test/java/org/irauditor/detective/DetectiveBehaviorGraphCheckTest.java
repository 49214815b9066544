package org.irauditor.detective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.detective.DetectiveScenario.ADMIN;
import static org.irauditor.detective.DetectiveScenario.GRAPH;
import static org.irauditor.detective.DetectiveScenario.MANAGEMENT;
import static org.irauditor.detective.DetectiveScenario.REGION;
import static org.irauditor.detective.DetectiveScenario.account;
import static org.irauditor.detective.DetectiveScenario.administrator;
import static org.irauditor.detective.DetectiveScenario.failed;
import static org.irauditor.detective.DetectiveScenario.ok;
import static org.irauditor.detective.DetectiveScenario.organization;
import static org.irauditor.detective.DetectiveScenario.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.detective.DetectiveSnapshot.Graphs;
import org.irauditor.organization.DelegatedAdmin;
import org.junit.jupiter.api.Test;

class DetectiveBehaviorGraphCheckTest {

    private final DetectiveBehaviorGraphCheck check = new DetectiveBehaviorGraphCheck();

    @Test
    void evaluateWhenTheAdministratorHasAGraphInEveryRegionShouldPass() {
        // given
        AccountSnapshot admin = account(ADMIN, region(REGION, administrator(null, null)));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("The Detective administrator account 777788889999 has a behavior graph in us-east-1.");
            assertThat(v.evidence()).containsEntry("graph", GRAPH).containsEntry("region", REGION);
            assertThat(v.resource().id()).isEqualTo(GRAPH);
        });
    }

    @Test
    void evaluateWhenARegionHasNoGraphShouldFailThere() {
        // given
        AccountSnapshot admin = account(
                ADMIN,
                region(REGION, administrator(null, null)),
                region(
                        "eu-west-1",
                        new DetectiveSnapshot(ok("list-graphs-empty.json", Graphs.class), null, null, null)));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).extracting(Verdict::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(verdicts.get(1).message())
                .isEqualTo("The Detective administrator account 777788889999 has no behavior graph in eu-west-1.");
        assertThat(verdicts.get(1).resource().id()).isEqualTo("Detective behavior graph of 777788889999 in eu-west-1");
    }

    @Test
    void evaluateWhenListGraphsIsDeniedShouldBeUnknown() {
        // given
        AccountSnapshot admin = account(
                ADMIN,
                region(
                        REGION,
                        new DetectiveSnapshot(failed("ListGraphs", "AccessDeniedException", 403), null, null, null)));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("ListGraphs failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenTheAdministratorWasNotAuditedShouldBeUnknown() {
        // given: no administrator snapshot

        // when
        List<Verdict> verdicts = check.evaluate(organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("The Detective administrator account 777788889999 was not audited.");
        });
    }

    @Test
    void evaluateWhenNothingWasCollectedInARegionShouldBeUnknown() {
        // given
        AccountSnapshot admin = account(ADMIN, region(REGION, null));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("Detective was not collected in us-east-1.");
        });
    }

    @Test
    void evaluateWhenOrganizationsCouldNotBeAskedShouldFindTheAdministratorThroughTheManagementAccount() {
        // given: ListDelegatedAdministrators was denied, the management account's ListOrganizationAdminAccounts
        // answered
        AccountSnapshot admin = account(ADMIN, region(REGION, administrator(null, null)));
        DetectiveSnapshot managementView = new DetectiveSnapshot(
                ok("list-graphs-empty.json", Graphs.class),
                null,
                null,
                Outcome.ok(new DetectiveSnapshot.OrganizationAdmins(
                        List.of(new DetectiveSnapshot.Administrator(ADMIN, GRAPH, null)))));
        AccountSnapshot management = account(MANAGEMENT, region(REGION, managementView));
        Outcome<List<DelegatedAdmin>> denied = failed("ListDelegatedAdministrators", "AccessDeniedException", 400);

        // when
        List<Verdict> verdicts = check.evaluate(organization(denied, admin, management));

        // then
        assertThat(verdicts)
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(Status.PASS));
    }

    @Test
    void evaluateWhenNoAdministratorIsKnownAnywhereShouldBeUnknown() {
        // given
        Outcome<List<DelegatedAdmin>> denied = failed("ListDelegatedAdministrators", "AccessDeniedException", 400);

        // when
        List<Verdict> verdicts = check.evaluate(organization(denied));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("ListDelegatedAdministrators failed: AccessDeniedException (access denied)");
        });
    }
}
