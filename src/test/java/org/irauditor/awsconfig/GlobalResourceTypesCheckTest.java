package org.irauditor.awsconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.awsconfig.ConfigTestData.account;
import static org.irauditor.awsconfig.ConfigTestData.organization;
import static org.irauditor.awsconfig.ConfigTestData.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class GlobalResourceTypesCheckTest {

    private final GlobalResourceTypesCheck check = new GlobalResourceTypesCheck();

    @Test
    void evaluateWhenOneRegionRecordsGlobalTypesShouldPassOnce() {
        // given
        AccountSnapshot account = account(
                region("us-east-1", "recording.json"), region("eu-west-1", "recording-all-types-no-global.json"));

        // when
        List<Verdict> verdicts = check.evaluate(account, organization(account));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message()).isEqualTo("Global resource types are recorded in us-east-1.");
        });
    }

    @Test
    void evaluateWhenTheRecorderWithGlobalTypesIsStoppedShouldFail() {
        // given
        AccountSnapshot account = account(
                region("us-east-1", "stopped-all-types-global.json"),
                region("eu-west-1", "recording-all-types-no-global.json"));

        // when
        List<Verdict> verdicts = check.evaluate(account, organization(account));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("No recording Config recorder includes global resource types in any region.");
            assertThat(v.evidence()).containsEntry("stoppedRegions", "us-east-1");
        });
    }

    @Test
    void evaluateWhenExclusionDoesNotExcludeIamTypesShouldPass() {
        // given: the exclusion strategy records IAM types unless they are listed
        AccountSnapshot account = account(region("eu-west-1", "exclusion-with-service-linked.json"));

        // when
        List<Verdict> verdicts = check.evaluate(account, organization(account));

        // then
        assertThat(verdicts).extracting(Verdict::status).containsExactly(Status.PASS);
    }

    @Test
    void evaluateWhenNoRegionSaysYesAndOneFailedShouldBeUnknown() {
        // given
        AccountSnapshot account = account(
                region("us-east-1", "access-denied.json"), region("eu-west-1", "recording-all-types-no-global.json"));

        // when
        List<Verdict> verdicts = check.evaluate(account, organization(account));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("No region is known to record global resource types; no answer from us-east-1"
                            + " (DescribeConfigurationRecorders failed: AccessDeniedException (access denied)).");
            assertThat(v.evidence()).containsEntry("errorCode", "AccessDeniedException");
        });
    }

    @Test
    void evaluateWhenARegionFailedAsAWholeButAnotherSaysYesShouldPass() {
        // given
        RegionSnapshot failed = RegionSnapshot.failed(
                "eu-central-1", new ErrorReason("DescribeRegions", "Timeout", null, ErrorKind.UNREACHABLE));
        AccountSnapshot account = account(failed, region("us-east-1", "recording.json"));

        // when
        List<Verdict> verdicts = check.evaluate(account, organization(account));

        // then
        assertThat(verdicts)
                .extracting(Verdict::message)
                .containsExactly("Global resource types are recorded in us-east-1.");
    }

    @Test
    void evaluateWhenNoRegionWasAssessedShouldBeUnknown() {
        // given
        AccountSnapshot account = account();

        // when
        List<Verdict> verdicts = check.evaluate(account, organization(account));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("No region of the account was assessed, so global resource types are unknown.");
        });
    }

    @Test
    void evaluateWhenNoRecorderExistsShouldFail() {
        // given
        AccountSnapshot account =
                account(region("us-east-1", "empty.json"), region("eu-west-1", "service-linked-only.json"));

        // when
        List<Verdict> verdicts = check.evaluate(account, organization(account));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("No recording Config recorder includes global resource types in any region.");
            assertThat(v.evidence()).isEmpty();
        });
    }
}
