package org.irauditor.awsconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.awsconfig.ConfigTestData.ACCOUNT;
import static org.irauditor.awsconfig.ConfigTestData.SECURITY_ACCOUNT;
import static org.irauditor.awsconfig.ConfigTestData.account;
import static org.irauditor.awsconfig.ConfigTestData.organization;
import static org.irauditor.awsconfig.ConfigTestData.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class OrganizationAggregatorCheckTest {

    private final OrganizationAggregatorCheck check = new OrganizationAggregatorCheck();

    @Test
    void evaluateWhenDelegatedAdminAggregatesEverythingShouldPass() {
        // given: the management account has none, the Config delegated administrator has one
        AccountSnapshot management = account(ACCOUNT, region("us-east-1", "no-aggregators.json"));
        AccountSnapshot security = account(
                SECURITY_ACCOUNT,
                region("us-east-1", "aggregator-organization.json"),
                region("eu-west-1", "no-aggregators.json"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(management, security));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("The organization aggregator organization-aggregator in account 777788889999"
                            + " (us-east-1) aggregates all accounts and all regions; none of its 3 sources failed.");
            assertThat(v.resource().id())
                    .isEqualTo("arn:aws:config:us-east-1:777788889999:config-aggregator/config-aggregator-4hq8tbvz");
            assertThat(v.evidence()).containsEntry("account", SECURITY_ACCOUNT).containsEntry("region", "us-east-1");
        });
    }

    @Test
    void evaluateWhenSourceStatusIsUnavailableShouldPassSayingItIsUnknown() {
        // given: moto and some endpoints do not answer DescribeConfigurationAggregatorSourcesStatus
        AccountSnapshot management = account(ACCOUNT, region("eu-west-1", "aggregator-without-source-status.json"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(management));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("The organization aggregator organization-aggregator in account 111122223333"
                            + " (eu-west-1) aggregates all accounts and all regions; its source status is unknown"
                            + " (DescribeConfigurationAggregatorSourcesStatus failed: HTTP 500 (unexpected)).");
        });
    }

    @Test
    void evaluateWhenSourcesFailedShouldFailNamingThem() {
        // given: every enabled region is listed instead of AllAwsRegions
        AccountSnapshot security = account(
                SECURITY_ACCOUNT,
                region("us-east-1", "aggregator-failed-sources.json"),
                region("eu-west-1", "no-aggregators.json"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(account(ACCOUNT), security));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("The organization aggregator organization-aggregator in account 777788889999"
                            + " (us-east-1) aggregates all accounts and all regions, but 2 of its sources failed:"
                            + " 555566667777 eu-west-1 (AccessDeniedException), 666677778888 us-east-1.");
            assertThat(v.evidence()).containsEntry("failedSources", "2");
        });
    }

    @Test
    void evaluateWhenAggregatorMissesRegionsShouldFail() {
        // given
        AccountSnapshot security = account(
                SECURITY_ACCOUNT,
                region("us-east-1", "aggregator-some-regions.json"),
                region("eu-west-1", "no-aggregators.json"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(account(ACCOUNT), security));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("No organization aggregator in the management account or the Config delegated"
                            + " administrator covers all accounts and all regions.");
            assertThat(v.evidence())
                    .containsEntry(
                            "aggregatorsMissingRegions",
                            "organization-aggregator in account 777788889999 (us-east-1): us-east-1")
                    .containsEntry("accountsSearched", "111122223333, 777788889999");
        });
    }

    @Test
    void evaluateWhenAggregatorCallIsDeniedShouldBeUnknown() {
        // given
        AccountSnapshot security = account(SECURITY_ACCOUNT, region("us-east-1", "access-denied.json"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(account(ACCOUNT), security));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("No organization aggregator covering all accounts and regions was found, and an"
                            + " administering account could not answer: DescribeConfigurationAggregators failed:"
                            + " AccessDeniedException (access denied).");
            assertThat(v.evidence()).containsEntry("errorCode", "AccessDeniedException");
        });
    }

    @Test
    void evaluateWhenNoAdministeringAccountWasAssessedShouldBeUnknown() {
        // given: only member snapshots exist, and members never hold the aggregator
        List<Verdict> verdicts = check.evaluate(organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("The management account and the Config delegated administrator were not assessed,"
                            + " so the organization aggregator is unknown.");
            assertThat(v.evidence()).containsEntry("notAssessed", "111122223333, 777788889999");
        });
    }

    @Test
    void evaluateWhenDelegatedAdminWasNotAssessedShouldBeUnknownRatherThanFail() {
        // given: the management account has no aggregator, the Config administrator could not be read
        AccountSnapshot management = account(ACCOUNT, region("us-east-1", "no-aggregators.json"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(management));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("No organization aggregator covering all accounts and regions was found in"
                            + " 111122223333, and 777788889999, which administers Config, was not assessed.");
        });
    }

    @Test
    void evaluateWhenAdministeringAccountCannotBeAccessedShouldBeUnknown() {
        // given
        AccountSnapshot management = account(ACCOUNT, region("us-east-1", "no-aggregators.json"));
        AccountSnapshot security = AccountSnapshot.inaccessible(
                account(SECURITY_ACCOUNT).account(),
                "aws",
                ConfigTestData.COLLECTED_AT,
                new ErrorReason("AssumeRole", "AccessDenied", "", ErrorKind.ASSUME_ROLE_FAILED));

        // when
        List<Verdict> verdicts = check.evaluate(organization(management, security));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("No organization aggregator covering all accounts and regions was found, and an"
                            + " administering account could not answer: AssumeRole failed: AccessDenied (assume role"
                            + " failed).");
        });
    }
}
