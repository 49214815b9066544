package org.irauditor.detective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.detective.DetectiveScenario.ADMIN;
import static org.irauditor.detective.DetectiveScenario.GRAPH;
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
import org.irauditor.detective.DetectiveSnapshot.OrganizationConfiguration;
import org.junit.jupiter.api.Test;

class DetectiveAutoEnableCheckTest {

    private final DetectiveAutoEnableCheck check = new DetectiveAutoEnableCheck();

    private static AccountSnapshot admin(Outcome<OrganizationConfiguration> configuration) {
        return account(ADMIN, region(REGION, administrator(null, configuration)));
    }

    @Test
    void evaluateWhenAutoEnableIsOnShouldPass() {
        // given
        AccountSnapshot admin =
                admin(ok("describe-organization-configuration-enabled.json", OrganizationConfiguration.class));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("Detective enables new organization accounts automatically in us-east-1.");
            assertThat(v.evidence()).containsEntry("graph", GRAPH).containsEntry("autoEnable", "true");
            assertThat(v.resource().id()).isEqualTo(GRAPH);
        });
    }

    @Test
    void evaluateWhenAutoEnableIsOffShouldFail() {
        // given
        AccountSnapshot admin =
                admin(ok("describe-organization-configuration-disabled.json", OrganizationConfiguration.class));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("Detective does not enable new organization accounts automatically in us-east-1.");
        });
    }

    @Test
    void evaluateWhenTheRegionHasNoGraphShouldFail() {
        // given
        AccountSnapshot admin = account(
                ADMIN,
                region(REGION, new DetectiveSnapshot(ok("list-graphs-empty.json", Graphs.class), null, null, null)));

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("The Detective administrator account has no behavior graph in us-east-1, so new "
                            + "accounts are not enabled automatically.");
        });
    }

    @Test
    void evaluateWhenTheConfigurationIsDeniedShouldBeUnknown() {
        // given
        AccountSnapshot admin = admin(failed("DescribeOrganizationConfiguration", "AccessDeniedException", 403));

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
    void evaluateWhenTheConfigurationWasNotCollectedShouldBeUnknown() {
        // given
        AccountSnapshot admin = admin(null);

        // when
        List<Verdict> verdicts = check.evaluate(organization(admin));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("The Detective organization configuration was not collected in us-east-1.");
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
}
