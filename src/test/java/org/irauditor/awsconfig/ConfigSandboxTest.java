package org.irauditor.awsconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.Check;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Json;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox organization's Config traits give the results their names promise. */
class ConfigSandboxTest {

    private static SandboxOrganization sandbox;

    @BeforeAll
    static void readSandbox() throws IOException {
        try (InputStream in = ConfigSandboxTest.class.getResourceAsStream("/sandbox/organization.yml")) {
            sandbox = JsonMapper.builder(new YAMLFactory())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, SandboxOrganization.class);
        }
    }

    @Test
    void snapshotWhenReadyShouldPassEveryRegionalCheck() {
        // given
        AccountSnapshot account = accountSnapshot("444455556666");

        // when
        Map<String, List<Status>> statuses = regionalStatuses(account);

        // then
        assertThat(statuses).allSatisfy((check, list) -> assertThat(list).containsOnly(Status.PASS));
        assertThat(global(account)).isEqualTo(Status.PASS);
    }

    @Test
    void snapshotWhenStoppedShouldFailRecorderAndGlobalTypes() {
        // given
        AccountSnapshot account = accountSnapshot("555566667777");

        // when
        Map<String, List<Status>> statuses = regionalStatuses(account);

        // then
        assertThat(statuses.get(RecorderRecordingCheck.ID)).containsOnly(Status.FAIL);
        assertThat(statuses.get(DeliveryChannelCheck.ID)).containsOnly(Status.PASS);
        assertThat(global(account)).isEqualTo(Status.FAIL);
    }

    @Test
    void snapshotWhenExclusionsShouldFailScopeButKeepGlobalTypes() {
        // given: analytics-staging has opted out of eu-central-1
        AccountSnapshot account = accountSnapshot("333344445555");

        // when
        Map<String, List<Status>> statuses = regionalStatuses(account);

        // then
        assertThat(account.regions()).extracting(RegionSnapshot::region).containsExactly("us-east-1", "eu-west-1");
        assertThat(statuses.get(RecordingScopeCheck.ID)).containsOnly(Status.FAIL);
        assertThat(statuses.get(RecorderRecordingCheck.ID)).containsOnly(Status.PASS);
        assertThat(statuses.get(RestrictedSshRuleCheck.ID)).containsOnly(Status.PASS);
        assertThat(global(account)).isEqualTo(Status.PASS);
    }

    @Test
    void snapshotWhenMissingShouldFailAndIgnoreTheServiceLinkedRecorder() {
        // given
        AccountSnapshot account = accountSnapshot("666677778888");

        // when
        Map<String, List<Status>> statuses = regionalStatuses(account);

        // then
        assertThat(statuses).allSatisfy((check, list) -> assertThat(list).containsOnly(Status.FAIL));
        assertThat(global(account)).isEqualTo(Status.FAIL);
        assertThat(account.regions().get(0).config().serviceLinkedRecorders().value())
                .hasSize(1);
    }

    @Test
    void snapshotWhenSecurityAccountOwnsTheAggregatorShouldPassTheOrganizationCheck() {
        // given
        OrganizationContext organization =
                organization(accountSnapshot("111122223333"), accountSnapshot("777788889999"));

        // when
        List<Verdict> verdicts = new OrganizationAggregatorCheck().evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .startsWith("The organization aggregator organization-aggregator in account 777788889999"
                            + " (us-east-1) aggregates all accounts and all regions; none of its ");
        });
    }

    @Test
    void snapshotWhenManagementHasNoAggregatorAndAdminWasNotAssessedShouldBeUnknown() {
        // given
        OrganizationContext organization = organization(accountSnapshot("111122223333"));

        // when
        List<Verdict> verdicts = new OrganizationAggregatorCheck().evaluate(organization);

        // then
        assertThat(verdicts).extracting(Verdict::status).containsExactly(Status.UNKNOWN);
    }

    @Test
    void snapshotWhenSerialisedShouldRoundTrip() throws IOException {
        // given
        SandboxAccount security = sandbox.account("777788889999").orElseThrow();
        ConfigSnapshot snapshot = ConfigSandbox.snapshot(security, "us-east-1", sandbox);

        // when
        ConfigSnapshot read = Json.mapper().readValue(Json.mapper().writeValueAsString(snapshot), ConfigSnapshot.class);

        // then
        assertThat(read).isEqualTo(snapshot);
        assertThat(read.configurationAggregators().value()).hasSize(1);
    }

    private static AccountSnapshot accountSnapshot(String accountId) {
        SandboxAccount account = sandbox.account(accountId).orElseThrow();
        RegionSnapshot[] regions = sandbox.regions().stream()
                .filter(r -> !account.disabledRegions().contains(r))
                .map(r -> ConfigTestData.region(r, ConfigSandbox.snapshot(account, r, sandbox)))
                .toArray(RegionSnapshot[]::new);
        return ConfigTestData.account(accountId, regions);
    }

    private static Map<String, List<Status>> regionalStatuses(AccountSnapshot account) {
        OrganizationContext organization = organization(account);
        List<RegionalCheck> checks = List.of(
                new RecorderRecordingCheck(),
                new RecordingScopeCheck(),
                new DeliveryChannelCheck(),
                new RestrictedSshRuleCheck());
        return checks.stream()
                .collect(Collectors.toMap(
                        Check::id,
                        c -> account.regions().stream()
                                .flatMap(r -> c.evaluate(r, account, organization).stream())
                                .map(Verdict::status)
                                .toList()));
    }

    private static Status global(AccountSnapshot account) {
        List<Verdict> verdicts = new GlobalResourceTypesCheck().evaluate(account, organization(account));
        assertThat(verdicts).hasSize(1);
        return verdicts.get(0).status();
    }

    private static OrganizationContext organization(AccountSnapshot... admins) {
        OrganizationSnapshot snapshot = new OrganizationSnapshot(
                sandbox.organizationId(),
                sandbox.managementAccountId(),
                sandbox.partition(),
                sandbox.homeRegion(),
                ConfigTestData.COLLECTED_AT,
                List.of(),
                Outcome.ok(sandbox.delegatedAdmins().entrySet().stream()
                        .map(e -> new DelegatedAdmin(e.getKey(), e.getValue()))
                        .toList()),
                null,
                "r-sandbox");
        return new OrganizationContext(snapshot, List.of(admins));
    }
}
