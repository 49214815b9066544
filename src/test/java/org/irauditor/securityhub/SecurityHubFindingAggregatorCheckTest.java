package org.irauditor.securityhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.securityhub.SecurityHubScenario.ADMIN;
import static org.irauditor.securityhub.SecurityHubScenario.REGION;
import static org.irauditor.securityhub.SecurityHubScenario.account;
import static org.irauditor.securityhub.SecurityHubScenario.administrator;
import static org.irauditor.securityhub.SecurityHubScenario.failed;
import static org.irauditor.securityhub.SecurityHubScenario.organization;
import static org.irauditor.securityhub.SecurityHubScenario.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.securityhub.SecurityHubSnapshot.FindingAggregator;
import org.irauditor.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SecurityHubFindingAggregatorCheckTest {

    private static final String ARN =
            "arn:aws:securityhub:us-east-1:777788889999:finding-aggregator/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";

    private final SecurityHubFindingAggregatorCheck check = new SecurityHubFindingAggregatorCheck();

    private static FindingAggregator aggregator(String fixture) {
        return Fixtures.read("securityhub/" + fixture, FindingAggregator.class);
    }

    /** The administrator audited in us-east-1 (the home region), eu-west-1 and eu-central-1. */
    private static AccountSnapshot admin(FindingAggregator home) {
        FindingAggregator bare = new FindingAggregator(ARN, REGION, null, null);
        return account(
                ADMIN,
                region(REGION, administrator(null, null, Outcome.ok(List.of(home)), null)),
                region("eu-west-1", administrator(null, null, Outcome.ok(List.of(bare)), null)),
                region("eu-central-1", administrator(null, null, Outcome.ok(List.of(bare)), null)));
    }

    @Test
    void evaluateWhenTheAggregatorLinksAllRegionsShouldPass() {
        // given
        AccountSnapshot admin = admin(aggregator("get-finding-aggregator-all-regions.json"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("A cross-region finding aggregator in us-east-1 collects the findings of every "
                            + "audited region.");
            assertThat(v.evidence())
                    .containsEntry("findingAggregator", ARN)
                    .containsEntry("regionLinkingMode", "ALL_REGIONS");
            assertThat(v.resource().id()).isEqualTo(ARN);
        });
    }

    @Test
    void evaluateWhenTheAggregatorLeavesOutAnAuditedRegionShouldFail() {
        // given: SPECIFIED_REGIONS ["eu-west-1"] while eu-central-1 is audited too
        AccountSnapshot admin = admin(aggregator("get-finding-aggregator-specified-regions.json"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("The cross-region finding aggregator in us-east-1 does not collect the findings of "
                            + "every audited region.");
            assertThat(v.evidence()).containsEntry("missingRegions", "eu-central-1");
        });
    }

    @Test
    void evaluateWhenNoAggregatorExistsShouldFail() {
        // given
        AccountSnapshot admin = account(ADMIN, region(REGION, administrator(null, null, Outcome.ok(List.of()), null)));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("No cross-region finding aggregator is configured in the Security Hub administrator "
                            + "account 777788889999.");
        });
    }

    @Test
    void evaluateWhenListingAggregatorsIsNotImplementedShouldBeUnknown() {
        // given
        AccountSnapshot admin = account(
                ADMIN, region(REGION, administrator(null, null, failed("ListFindingAggregators", null, 404), null)));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("ListFindingAggregators failed: HTTP 404 (unsupported)");
        });
    }

    @Test
    void evaluateWhenTheHomeRegionWasNotAuditedShouldBeUnknown() {
        // given: only a linked region was audited, where the aggregator is known by its ARN alone
        AccountSnapshot admin = account(
                ADMIN,
                region(
                        "eu-west-1",
                        administrator(
                                null,
                                null,
                                Outcome.ok(List.of(new FindingAggregator(ARN, REGION, null, null))),
                                null)));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("The finding aggregator could not be read in its home region us-east-1.");
        });
    }

    @Test
    void evaluateWhenNothingWasCollectedShouldBeUnknown() {
        // given
        AccountSnapshot admin = account(ADMIN, region(REGION, null));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("The Security Hub finding aggregators were not collected in the administrator account "
                            + "777788889999.");
        });
    }
}
