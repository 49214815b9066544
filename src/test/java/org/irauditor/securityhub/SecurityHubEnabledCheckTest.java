package org.irauditor.securityhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.securityhub.SecurityHubScenario.MEMBER;
import static org.irauditor.securityhub.SecurityHubScenario.REGION;
import static org.irauditor.securityhub.SecurityHubScenario.account;
import static org.irauditor.securityhub.SecurityHubScenario.failed;
import static org.irauditor.securityhub.SecurityHubScenario.hub;
import static org.irauditor.securityhub.SecurityHubScenario.notSubscribed;
import static org.irauditor.securityhub.SecurityHubScenario.ok;
import static org.irauditor.securityhub.SecurityHubScenario.organization;
import static org.irauditor.securityhub.SecurityHubScenario.region;

import java.util.List;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class SecurityHubEnabledCheckTest {

    private final SecurityHubEnabledCheck check = new SecurityHubEnabledCheck();

    @Test
    void evaluateWhenDescribeHubAnswersShouldPass() {
        // given
        RegionSnapshot region = region(REGION, SecurityHubSnapshot.of(hub()));

        // when
        List<Verdict> verdicts = check.evaluate(region, account(MEMBER, region), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message()).isEqualTo("Security Hub is enabled in this region.");
            assertThat(v.evidence())
                    .containsEntry("hub", "arn:aws:securityhub:us-east-1:444455556666:hub/default")
                    .containsEntry("subscribedAt", "2024-01-15T09:00:00.000Z");
            assertThat(v.resource().type()).isEqualTo("AwsSecurityHubHub");
            assertThat(v.resource().id()).isEqualTo("arn:aws:securityhub:us-east-1:444455556666:hub/default");
        });
    }

    @Test
    void evaluateWhenDescribeHubAnswersInvalidAccessExceptionShouldFailNotUnknown() {
        // given: the answer of an account that never subscribed to Security Hub
        RegionSnapshot region = region(REGION, SecurityHubSnapshot.of(notSubscribed()));

        // when
        List<Verdict> verdicts = check.evaluate(region, account(MEMBER, region), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("Security Hub is not enabled in this region.");
            assertThat(v.evidence()).containsEntry("errorCode", "InvalidAccessException");
            assertThat(v.resource().id()).isEqualTo("arn:aws:securityhub:us-east-1:444455556666:hub/default");
        });
    }

    @Test
    void evaluateWhenDescribeHubAnswersResourceNotFoundShouldFail() {
        // given
        RegionSnapshot region =
                region(REGION, SecurityHubSnapshot.of(failed("DescribeHub", "ResourceNotFoundException", 404)));

        // when
        List<Verdict> verdicts = check.evaluate(region, account(MEMBER, region), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("Security Hub is not enabled in this region.");
        });
    }

    @Test
    void evaluateWhenDescribeHubIsDeniedShouldBeUnknown() {
        // given
        RegionSnapshot region =
                region(REGION, SecurityHubSnapshot.of(failed("DescribeHub", "AccessDeniedException", 403)));

        // when
        List<Verdict> verdicts = check.evaluate(region, account(MEMBER, region), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("DescribeHub failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenNothingWasCollectedShouldBeUnknown() {
        // given
        RegionSnapshot region = region(REGION, null);

        // when
        List<Verdict> verdicts = check.evaluate(region, account(MEMBER, region), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("Security Hub was not collected in this region.");
        });
    }

    @Test
    void evaluateWhenHubIsEnabledWithoutStandardsShouldPassWhileStandardsFail() {
        // given: DescribeHub answers, GetEnabledStandards lists nothing
        RegionSnapshot region = region(
                REGION,
                SecurityHubScenario.member(
                        ok("get-enabled-standards-empty.json", SecurityHubSnapshot.EnabledStandards.class),
                        Outcome.ok(new SecurityHubSnapshot.AdministratorAccount(null))));

        // when
        Verdict hub =
                check.evaluate(region, account(MEMBER, region), organization()).get(0);
        Verdict standards = new SecurityHubStandardsCheck()
                .evaluate(region, account(MEMBER, region), organization())
                .get(0);

        // then
        assertThat(hub.status()).isEqualTo(Status.PASS);
        assertThat(standards.status()).isEqualTo(Status.FAIL);
        assertThat(standards.message()).isEqualTo("No Security Hub standard is enabled in this region.");
    }
}
