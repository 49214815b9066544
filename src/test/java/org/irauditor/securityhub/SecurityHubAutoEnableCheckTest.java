package org.irauditor.securityhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.securityhub.SecurityHubScenario.ADMIN;
import static org.irauditor.securityhub.SecurityHubScenario.REGION;
import static org.irauditor.securityhub.SecurityHubScenario.account;
import static org.irauditor.securityhub.SecurityHubScenario.administrator;
import static org.irauditor.securityhub.SecurityHubScenario.failed;
import static org.irauditor.securityhub.SecurityHubScenario.ok;
import static org.irauditor.securityhub.SecurityHubScenario.organization;
import static org.irauditor.securityhub.SecurityHubScenario.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.securityhub.SecurityHubSnapshot.OrganizationConfiguration;
import org.irauditor.securityhub.SecurityHubSnapshot.PolicyAssociations;
import org.junit.jupiter.api.Test;

class SecurityHubAutoEnableCheckTest {

    private final SecurityHubAutoEnableCheck check = new SecurityHubAutoEnableCheck();

    private static AccountSnapshot admin(
            Outcome<OrganizationConfiguration> configuration, Outcome<PolicyAssociations> associations) {
        return account(ADMIN, region(REGION, administrator(configuration, associations, null, null)));
    }

    private static Outcome<OrganizationConfiguration> configuration(String fixture) {
        return ok(fixture, OrganizationConfiguration.class);
    }

    @Test
    void evaluateWhenCentralConfigurationHasAPolicyOnTheRootShouldPassAlthoughAutoEnableIsFalse() {
        // given: {"AutoEnable": false, "OrganizationConfiguration": {"ConfigurationType": "CENTRAL"}}
        AccountSnapshot admin = admin(
                configuration("describe-organization-configuration-central.json"),
                ok("list-configuration-policy-associations-root.json", PolicyAssociations.class));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("Security Hub is configured centrally in us-east-1 with a configuration policy "
                            + "associated with the organization root.");
            assertThat(v.evidence())
                    .containsEntry("configurationType", "CENTRAL")
                    .containsEntry("associations", "ROOT r-f6g7 -> a1b2c3d4-5678-90ab-cdef-EXAMPLE11111")
                    .containsEntry("administrator", ADMIN)
                    .containsEntry("region", REGION);
            assertThat(v.resource().id()).isEqualTo("arn:aws:securityhub:us-east-1:777788889999:hub/default");
        });
    }

    @Test
    void evaluateWhenCentralConfigurationLeavesTheRootSelfManagedShouldFail() {
        // given
        AccountSnapshot admin = admin(
                configuration("describe-organization-configuration-central.json"),
                ok("list-configuration-policy-associations-self-managed.json", PolicyAssociations.class));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("Security Hub is configured centrally in us-east-1 but no configuration policy is "
                            + "associated with the root or an organizational unit.");
        });
    }

    @Test
    void evaluateWhenALinkedRegionCannotListAssociationsShouldUseTheHomeRegionsAnswer() {
        // given: associations can only be listed in the home region
        SecurityHubSnapshot home = administrator(
                configuration("describe-organization-configuration-central.json"),
                ok("list-configuration-policy-associations-root.json", PolicyAssociations.class),
                null,
                null);
        SecurityHubSnapshot linked = administrator(
                configuration("describe-organization-configuration-central.json"),
                failed("ListConfigurationPolicyAssociations", "AccessDeniedException", 403),
                null,
                null);
        AccountSnapshot admin = account(ADMIN, region(REGION, home), region("eu-west-1", linked));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).extracting(Verdict::status).containsExactly(Status.PASS, Status.PASS);
        assertThat(verdicts.get(1).message())
                .isEqualTo("Security Hub is configured centrally in eu-west-1 with a configuration policy "
                        + "associated with the organization root.");
    }

    @Test
    void evaluateWhenLocalAutoEnableIsOnShouldPass() {
        // given
        AccountSnapshot admin = admin(configuration("describe-organization-configuration-local-enabled.json"), null);

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("Security Hub is enabled automatically in new organization accounts in us-east-1.");
            assertThat(v.evidence()).containsEntry("autoEnableStandards", "DEFAULT");
        });
    }

    @Test
    void evaluateWhenLocalAutoEnableIsOffShouldFail() {
        // given
        AccountSnapshot admin = admin(configuration("describe-organization-configuration-local-disabled.json"), null);

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("Security Hub is not enabled automatically in new organization accounts in us-east-1.");
        });
    }

    @Test
    void evaluateWhenTheConfigurationIsDeniedShouldBeUnknown() {
        // given
        AccountSnapshot admin = admin(failed("DescribeOrganizationConfiguration", "AccessDeniedException", 403), null);

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
    void evaluateWhenTheAdministratorWasNotAuditedShouldBeUnknown() {
        // given: no admin snapshot at all

        // when
        List<Verdict> verdicts = check.evaluate(organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("The Security Hub administrator account 777788889999 was not audited.");
        });
    }

    @Test
    void evaluateWhenTheAdministratorHasNoAuditedRegionShouldBeUnknown() {
        // given
        AccountSnapshot admin = account(ADMIN);

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("No region of the Security Hub administrator account 777788889999 was audited.");
        });
    }
}
