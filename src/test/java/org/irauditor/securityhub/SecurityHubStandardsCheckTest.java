package org.irauditor.securityhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.securityhub.SecurityHubScenario.MEMBER;
import static org.irauditor.securityhub.SecurityHubScenario.REGION;
import static org.irauditor.securityhub.SecurityHubScenario.account;
import static org.irauditor.securityhub.SecurityHubScenario.failed;
import static org.irauditor.securityhub.SecurityHubScenario.member;
import static org.irauditor.securityhub.SecurityHubScenario.notSubscribed;
import static org.irauditor.securityhub.SecurityHubScenario.ok;
import static org.irauditor.securityhub.SecurityHubScenario.organization;
import static org.irauditor.securityhub.SecurityHubScenario.region;

import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.securityhub.SecurityHubSnapshot.AdministratorAccount;
import org.irauditor.securityhub.SecurityHubSnapshot.EnabledStandards;
import org.junit.jupiter.api.Test;

class SecurityHubStandardsCheckTest {

    private final SecurityHubStandardsCheck check = new SecurityHubStandardsCheck();

    private Verdict evaluate(RegionSnapshot region) {
        return check.evaluate(region, account(MEMBER, region), organization()).get(0);
    }

    private static RegionSnapshot withStandards(Outcome<EnabledStandards> standards) {
        return region(REGION, member(standards, Outcome.ok(new AdministratorAccount(null))));
    }

    @Test
    void evaluateWhenEveryStandardIsReadyShouldPass() {
        // given
        RegionSnapshot region = withStandards(ok("get-enabled-standards-ready.json", EnabledStandards.class));

        // when
        Verdict verdict = evaluate(region);

        // then
        assertThat(verdict.status()).isEqualTo(Status.PASS);
        assertThat(verdict.message()).isEqualTo("Security Hub standards are enabled and READY in this region.");
        assertThat(verdict.evidence())
                .containsEntry(
                        "standards",
                        "aws-foundational-security-best-practices/v/1.0.0 (READY), "
                                + "cis-aws-foundations-benchmark/v/3.0.0 (READY)");
        assertThat(verdict.resource().id()).isEqualTo("arn:aws:securityhub:us-east-1:444455556666:hub/default");
    }

    @Test
    void evaluateWhenNoStandardIsEnabledShouldFail() {
        // given
        RegionSnapshot region = withStandards(ok("get-enabled-standards-empty.json", EnabledStandards.class));

        // when
        Verdict verdict = evaluate(region);

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message()).isEqualTo("No Security Hub standard is enabled in this region.");
    }

    @Test
    void evaluateWhenAStandardIsIncompleteShouldFail() {
        // given
        RegionSnapshot region = withStandards(ok("get-enabled-standards-incomplete.json", EnabledStandards.class));

        // when
        Verdict verdict = evaluate(region);

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message()).isEqualTo("Some enabled Security Hub standards are not READY in this region.");
        assertThat(verdict.evidence())
                .containsEntry(
                        "notReady",
                        "cis-aws-foundations-benchmark/v/1.2.0 (INCOMPLETE: NO_AVAILABLE_CONFIGURATION_RECORDER)");
    }

    @Test
    void evaluateWhenSecurityHubIsNotEnabledShouldFail() {
        // given
        RegionSnapshot region = region(REGION, SecurityHubSnapshot.of(notSubscribed()));

        // when
        Verdict verdict = evaluate(region);

        // then
        assertThat(verdict.status()).isEqualTo(Status.FAIL);
        assertThat(verdict.message())
                .isEqualTo("Security Hub is not enabled in this region, so no standard is enabled.");
    }

    @Test
    void evaluateWhenGetEnabledStandardsIsNotImplementedShouldBeUnknown() {
        // given: an endpoint (such as moto) that does not implement the operation answers HTTP 404
        RegionSnapshot region = withStandards(failed("GetEnabledStandards", null, 404));

        // when
        Verdict verdict = evaluate(region);

        // then
        assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdict.message()).isEqualTo("GetEnabledStandards failed: HTTP 404 (unsupported)");
    }

    @Test
    void evaluateWhenDescribeHubIsDeniedShouldBeUnknown() {
        // given
        RegionSnapshot region =
                region(REGION, SecurityHubSnapshot.of(failed("DescribeHub", "AccessDeniedException", 403)));

        // when
        Verdict verdict = evaluate(region);

        // then
        assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdict.message()).isEqualTo("DescribeHub failed: AccessDeniedException (access denied)");
    }

    @Test
    void evaluateWhenNothingWasCollectedShouldBeUnknown() {
        // given
        RegionSnapshot region = region(REGION, null);

        // when
        Verdict verdict = evaluate(region);

        // then
        assertThat(verdict.status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdict.message()).isEqualTo("Security Hub was not collected in this region.");
    }
}
