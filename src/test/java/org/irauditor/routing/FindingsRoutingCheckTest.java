package org.irauditor.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.testing.Fixtures;
import org.junit.jupiter.api.Test;

class FindingsRoutingCheckTest {

    private static final String MANAGEMENT = "111122223333";
    private static final String SECURITY = "777788889999";
    private static final String LAMBDA = "arn:aws:lambda:us-east-1:777788889999:function:security-finding-responder";
    private static final String TOPIC = "arn:aws:sns:us-east-1:777788889999:security-findings";

    private final FindingsRoutingCheck check = new FindingsRoutingCheck();

    @Test
    void evaluateWhenRuleSendsFindingsToLambdaAndTopicShouldPass() {
        // given
        OrganizationContext organization = organization(admin(region("us-east-1", "response-rule.json")));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("EventBridge rule securityhub-findings-to-response in us-east-1 routes Security Hub"
                            + " findings to " + LAMBDA + ", " + TOPIC);
            assertThat(v.resource())
                    .isEqualTo(new Resource(
                            "AwsEventsEventbus", "arn:aws:events:us-east-1:777788889999:event-bus/default"));
            assertThat(v.evidence())
                    .containsEntry("administrator", SECURITY)
                    .containsEntry(
                            "rule", "arn:aws:events:us-east-1:777788889999:rule/securityhub-findings-to-response");
        });
    }

    @Test
    void evaluateWhenRegionIsAggregatedToRoutedRegionShouldPass() {
        // given
        OrganizationContext organization =
                organization(admin(region("us-east-1", "response-rule.json"), region("eu-west-1", "no-rules.json")));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts.get(1).status()).isEqualTo(Status.PASS);
        assertThat(verdicts.get(1).message())
                .isEqualTo("Security Hub findings in eu-west-1 are aggregated to us-east-1, where EventBridge rule"
                        + " securityhub-findings-to-response routes them to " + LAMBDA + ", " + TOPIC);
        assertThat(verdicts.get(1).evidence()).containsEntry("aggregationRegion", "us-east-1");
    }

    @Test
    void evaluateWhenFindingsOnlyReachLogsAndAnotherBusShouldFail() {
        // given
        OrganizationContext organization = organization(admin(region("eu-central-1", "archive-only.json")));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("No enabled EventBridge rule in eu-central-1 of the Security Hub administrator account"
                            + " 777788889999 routes Security Hub or GuardDuty findings to a response target");
            assertThat(v.evidence())
                    .containsEntry(
                            "findingRules",
                            "guardduty-findings-archive -> arn:aws:logs:eu-central-1:777788889999:log-group:"
                                    + "/aws/events/guardduty, arn:aws:events:eu-central-1:222233334444:event-bus/security");
        });
    }

    @Test
    void evaluateWhenRegionIsNotLinkedByTheAggregatorShouldFail() {
        // given: the aggregator links only eu-west-1
        OrganizationContext organization =
                organization(admin(region("us-east-1", "response-rule.json"), region("ap-south-1", "no-rules.json")));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts.get(1).status()).isEqualTo(Status.FAIL);
        assertThat(verdicts.get(1).message())
                .isEqualTo("No enabled EventBridge rule in ap-south-1 of the Security Hub administrator account"
                        + " 777788889999 routes Security Hub or GuardDuty findings to a response target");
    }

    @Test
    void evaluateWhenRulesCannotBeListedShouldBeUnknown() {
        // given
        OrganizationContext organization = organization(admin(region("us-east-1", "rules-denied.json")));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("ListRules failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenAggregatorsCannotBeReadAndNoRuleRoutesShouldBeUnknown() {
        // given
        ErrorReason unsupported =
                new ErrorReason("ListFindingAggregators", "UnknownOperationException", null, ErrorKind.UNSUPPORTED);
        RoutingSnapshot routing = new RoutingSnapshot(Outcome.ok(List.of()), null, Outcome.failed(unsupported));
        OrganizationContext organization = organization(admin(region("us-east-1", routing)));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("No EventBridge rule in us-east-1 routes findings to a response target, and whether"
                            + " Security Hub aggregates them to another region is unknown: ListFindingAggregators"
                            + " failed: UnknownOperationException (unsupported)");
        });
    }

    @Test
    void evaluateWhenDelegatedAdministratorsCannotBeListedShouldBeUnknown() {
        // given
        ErrorReason denied =
                new ErrorReason("ListDelegatedAdministrators", "AccessDeniedException", null, ErrorKind.ACCESS_DENIED);
        OrganizationContext organization = new OrganizationContext(
                organizationSnapshot(Outcome.failed(denied)), List.of(admin(region("us-east-1", "no-rules.json"))));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("The Security Hub administrator account is unknown: ListDelegatedAdministrators"
                            + " failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenAdministratorWasNotAuditedShouldBeUnknown() {
        // given
        OrganizationContext organization = new OrganizationContext(
                organizationSnapshot(
                        Outcome.ok(List.of(new DelegatedAdmin(FindingsRoutingCheck.SECURITY_HUB, SECURITY)))),
                List.of());

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("The Security Hub administrator account 777788889999 was not audited");
        });
    }

    @Test
    void evaluateWhenAdministratorHasNoAuditedRegionShouldBeUnknown() {
        // given
        OrganizationContext organization = organization(admin());

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("The Security Hub administrator account 777788889999 has no audited region");
        });
    }

    @Test
    void evaluateWhenThereAreNoRulesShouldFail() {
        // given
        OrganizationContext organization = organization(admin(region("us-east-1", "no-rules.json")));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.evidence()).doesNotContainKey("findingRules");
        });
    }

    @Test
    void evaluateWhenNoDelegatedAdministratorShouldReadTheManagementAccount() {
        // given
        AccountSnapshot management = account(MANAGEMENT, region("us-east-1", "no-rules.json"));
        OrganizationContext organization =
                new OrganizationContext(organizationSnapshot(Outcome.ok(List.of())), List.of(management));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts)
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("No enabled EventBridge rule in us-east-1 of the Security Hub administrator account"
                                + " 111122223333 routes Security Hub or GuardDuty findings to a response target"));
    }

    @Test
    void evaluateWhenRoutingWasNotCollectedShouldBeUnknown() {
        // given
        OrganizationContext organization = organization(admin(region("us-east-1", RoutingSnapshot.notCollected())));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts)
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("Finding routing was not collected in us-east-1 of the Security Hub administrator"
                                + " account 777788889999"));
    }

    private static RegionSnapshot region(String name, String fixture) {
        return region(name, Fixtures.read("routing/" + fixture, RoutingSnapshot.class));
    }

    private static RegionSnapshot region(String name, RoutingSnapshot routing) {
        return new RegionSnapshot(name, null, null, null, null, null, null, null, routing);
    }

    private static AccountSnapshot admin(RegionSnapshot... regions) {
        return account(SECURITY, regions);
    }

    private static AccountSnapshot account(String id, RegionSnapshot... regions) {
        OrgAccount account = new OrgAccount(id, "security-tooling", null, "ACTIVE", null, null, null, null);
        return new AccountSnapshot(
                account, "aws", Instant.parse("2026-12-03T02:00:00Z"), null, Arrays.asList(regions), null, null, null);
    }

    private static OrganizationContext organization(AccountSnapshot admin) {
        List<DelegatedAdmin> admins = List.of(new DelegatedAdmin(FindingsRoutingCheck.SECURITY_HUB, SECURITY));
        return new OrganizationContext(organizationSnapshot(Outcome.ok(admins)), List.of(admin));
    }

    private static OrganizationSnapshot organizationSnapshot(Outcome<List<DelegatedAdmin>> admins) {
        return new OrganizationSnapshot(
                "o-exampleorg1",
                MANAGEMENT,
                "aws",
                "us-east-1",
                Instant.parse("2026-12-03T02:00:00Z"),
                List.of(),
                admins,
                null,
                "r-ab12");
    }
}
