package org.irauditor.guardduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.guardduty.GuardDutyFixtures.ADMIN;
import static org.irauditor.guardduty.GuardDutyFixtures.COLLECTED_AT;
import static org.irauditor.guardduty.GuardDutyFixtures.DETECTOR_ID;
import static org.irauditor.guardduty.GuardDutyFixtures.account;
import static org.irauditor.guardduty.GuardDutyFixtures.adminView;
import static org.irauditor.guardduty.GuardDutyFixtures.denial;
import static org.irauditor.guardduty.GuardDutyFixtures.denied;
import static org.irauditor.guardduty.GuardDutyFixtures.members;
import static org.irauditor.guardduty.GuardDutyFixtures.organization;
import static org.irauditor.guardduty.GuardDutyFixtures.organizationConfiguration;
import static org.irauditor.guardduty.GuardDutyFixtures.region;

import java.util.List;
import java.util.Map;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.OrgAccount;
import org.junit.jupiter.api.Test;

class GuardDutyAutoEnableCheckTest {

    private final GuardDutyAutoEnableCheck check = new GuardDutyAutoEnableCheck();

    @Test
    void evaluateWhenEveryRegionAutoEnablesShouldPassPerRegion() {
        // given
        AccountSnapshot admin = account(
                ADMIN,
                adminRegion("us-east-1", "describe-organization-configuration-all.json"),
                adminRegion("eu-west-1", "describe-organization-configuration-new.json"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).extracting(Verdict::status).containsExactly(Status.PASS, Status.PASS);
        assertThat(verdicts)
                .extracting(Verdict::message)
                .containsExactly(
                        "GuardDuty is enabled automatically for all organization accounts in us-east-1.",
                        "GuardDuty is enabled automatically for new organization accounts in eu-west-1.");
        assertThat(verdicts.get(0).resource())
                .isEqualTo(new Resource(
                        "AwsGuardDutyDetector", "arn:aws:guardduty:us-east-1:777788889999:detector/" + DETECTOR_ID));
        assertThat(verdicts.get(1).evidence())
                .containsEntry("autoEnableOrganizationMembers", "NEW")
                .containsEntry("administrator", ADMIN)
                .containsEntry("region", "eu-west-1");
    }

    @Test
    void evaluateWhenAutoEnableIsNoneShouldFail() {
        // given
        AccountSnapshot admin =
                account(ADMIN, adminRegion("eu-west-1", "describe-organization-configuration-none.json"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("GuardDuty is not enabled automatically for organization accounts in eu-west-1.");
            assertThat(v.evidence())
                    .containsEntry("autoEnableOrganizationMembers", "NONE")
                    .containsEntry("autoEnable", "false");
        });
    }

    @Test
    void evaluateWhenOnlyTheLegacyAutoEnableFlagIsSetShouldPass() {
        // given
        AccountSnapshot admin =
                account(ADMIN, adminRegion("eu-west-1", "describe-organization-configuration-legacy.json"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("GuardDuty is enabled automatically for new organization accounts in eu-west-1 (legacy"
                            + " autoEnable setting).");
        });
    }

    @Test
    void evaluateWhenAdministratorHasNoDetectorInARegionShouldFailThatRegion() {
        // given
        AccountSnapshot admin = account(
                ADMIN,
                adminRegion("us-east-1", "describe-organization-configuration-all.json"),
                region("ap-southeast-2", GuardDutyFixtures.withoutDetector()));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).extracting(Verdict::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(verdicts.get(1).message())
                .isEqualTo("The GuardDuty delegated administrator has no detector in ap-southeast-2, so no account is"
                        + " enabled automatically there.");
        assertThat(verdicts.get(1).resource())
                .isEqualTo(new Resource(
                        "Other", "arn:aws:guardduty:ap-southeast-2:777788889999:organization-configuration"));
    }

    @Test
    void evaluateWhenOrganizationConfigurationCallFailedShouldBeUnknown() {
        // given
        AccountSnapshot admin = account(
                ADMIN,
                region(
                        "eu-west-1",
                        adminView(members("list-members.json"), denied("DescribeOrganizationConfiguration"))));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("DescribeOrganizationConfiguration failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenAdministratorRegionFailedShouldBeUnknownForThatRegion() {
        // given
        AccountSnapshot admin = account(ADMIN, RegionSnapshot.failed("eu-west-1", denial("DescribeRegions")));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("DescribeRegions failed: AccessDeniedException (access denied)");
            assertThat(v.evidence()).containsEntry("region", "eu-west-1");
        });
    }

    @Test
    void evaluateWhenAdministratorWasNotAuditedShouldBeUnknown() {
        // given: no administrator snapshot

        // when
        List<Verdict> verdicts = check.evaluate(organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("The GuardDuty delegated administrator 777788889999 was not audited, so its organization"
                            + " configuration is unknown.");
        });
    }

    @Test
    void evaluateWhenAdministratorCouldNotBeAccessedShouldBeUnknown() {
        // given
        OrgAccount account = new OrgAccount(ADMIN, "security", null, OrgAccount.ACTIVE, null, "Root", Map.of(), null);
        AccountSnapshot admin = AccountSnapshot.inaccessible(account, "aws", COLLECTED_AT, denial("AssumeRole"));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("The GuardDuty delegated administrator 777788889999 could not be audited: AssumeRole"
                            + " failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenAdministratorHasNoAuditedRegionShouldBeUnknown() {
        // given
        AccountSnapshot admin = account(ADMIN);

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("The GuardDuty delegated administrator 777788889999 has no audited region.");
        });
    }

    @Test
    void evaluateWhenOrganizationHasNoGuardDutyAdministratorShouldFail() {
        // given
        Outcome<List<org.irauditor.organization.DelegatedAdmin>> none = Outcome.ok(List.of());

        // when
        List<Verdict> verdicts = check.evaluate(organization(none));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("No GuardDuty delegated administrator is registered in the organization, so no account"
                            + " is enabled automatically.");
        });
    }

    @Test
    void evaluateWhenDelegatedAdministratorsCouldNotBeListedShouldBeUnknown() {
        // when
        List<Verdict> verdicts = check.evaluate(organization(denied("ListDelegatedAdministrators")));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("ListDelegatedAdministrators failed: AccessDeniedException (access denied)");
        });
    }

    private static RegionSnapshot adminRegion(String region, String configuration) {
        return region(region, adminView(members("list-members.json"), organizationConfiguration(configuration)));
    }
}
