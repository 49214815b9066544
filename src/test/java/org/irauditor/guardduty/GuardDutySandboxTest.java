package org.irauditor.guardduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Json;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GuardDuty checks on the built-in sandbox organization: they pass in some accounts and fail in others. */
class GuardDutySandboxTest {

    private static final String ADMIN = "777788889999";
    private static final String READY = "444455556666";
    private static final String SUSPENDED = "555566667777";
    private static final String MISSING = "666677778888";
    private static final String PARTIAL_REGIONS = "333344445555";

    private static SandboxOrganization sandbox;
    private static OrganizationContext organization;

    @BeforeAll
    static void loadSandbox() throws IOException {
        try (InputStream in = GuardDutySandboxTest.class.getResourceAsStream("/sandbox/organization.yml")) {
            sandbox = JsonMapper.builder(new YAMLFactory())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, SandboxOrganization.class);
        }
        List<DelegatedAdmin> admins = sandbox.delegatedAdmins().entrySet().stream()
                .map(e -> new DelegatedAdmin(e.getKey(), e.getValue()))
                .toList();
        OrganizationSnapshot snapshot = new OrganizationSnapshot(
                sandbox.organizationId(),
                sandbox.managementAccountId(),
                sandbox.partition(),
                sandbox.homeRegion(),
                Instant.parse("2026-12-03T06:00:00Z"),
                List.of(),
                Outcome.ok(admins),
                Outcome.ok(List.of()),
                "r-sandbox");
        organization =
                new OrganizationContext(snapshot, List.of(account(sandbox.managementAccountId()), account(ADMIN)));
    }

    @Test
    void detectorWhenEvaluatedAcrossTheSandboxShouldSeparateReadySuspendedAndMissing() {
        // when
        Map<String, Status> statuses = statusByAccount(new GuardDutyDetectorCheck());

        // then
        assertThat(statuses)
                .containsEntry(ADMIN, Status.PASS)
                .containsEntry(READY, Status.PASS)
                .containsEntry(SUSPENDED, Status.FAIL)
                .containsEntry(MISSING, Status.FAIL);
    }

    @Test
    void membershipWhenEvaluatedAcrossTheSandboxShouldFollowTheAdministratorsMemberList() {
        // when
        Map<String, Status> statuses = statusByAccount(new GuardDutyMembershipCheck());

        // then
        assertThat(statuses)
                .containsEntry(ADMIN, Status.PASS)
                .containsEntry(READY, Status.PASS)
                .containsEntry(sandbox.managementAccountId(), Status.PASS)
                .containsEntry(SUSPENDED, Status.FAIL)
                .containsEntry(MISSING, Status.FAIL);
        assertThat(evaluate(new GuardDutyMembershipCheck(), SUSPENDED).get(0).message())
                .isEqualTo("This account's membership of the GuardDuty delegated administrator 777788889999 is"
                        + " Removed, not Enabled.");
    }

    @Test
    void membersWhenAnAccountHasOptedOutOfARegionShouldNotListItThere() {
        // given
        SandboxAccount admin = sandbox.account(ADMIN).orElseThrow();

        // when
        GuardDutySnapshot euCentral = GuardDutySandbox.snapshot(admin, "eu-central-1", sandbox);
        GuardDutySnapshot euWest = GuardDutySandbox.snapshot(admin, "eu-west-1", sandbox);

        // then
        assertThat(euCentral.members().value())
                .extracting(GuardDutySnapshot.Member::accountId)
                .doesNotContain(PARTIAL_REGIONS, MISSING, ADMIN);
        assertThat(euWest.members().value())
                .extracting(GuardDutySnapshot.Member::accountId)
                .contains(PARTIAL_REGIONS, READY, SUSPENDED);
    }

    @Test
    void autoEnableWhenEvaluatedOnTheSandboxShouldFailOnlyInTheForgottenRegion() {
        // when
        List<Verdict> verdicts = new GuardDutyAutoEnableCheck().evaluate(organization);

        // then
        assertThat(verdicts)
                .extracting(v -> v.evidence().get("region"), Verdict::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("us-east-1", Status.PASS),
                        org.assertj.core.groups.Tuple.tuple("eu-west-1", Status.PASS),
                        org.assertj.core.groups.Tuple.tuple("eu-central-1", Status.FAIL));
    }

    @Test
    void protectionPlansWhenEvaluatedOnTheSandboxShouldPassInTheAdministratorOnly() {
        // when
        Map<String, Status> statuses = statusByAccount(new GuardDutyProtectionPlansCheck());

        // then
        assertThat(statuses)
                .containsEntry(ADMIN, Status.PASS)
                .containsEntry(READY, Status.FAIL)
                .containsEntry(SUSPENDED, Status.NOT_APPLICABLE)
                .containsEntry(MISSING, Status.NOT_APPLICABLE);
        assertThat(evaluate(new GuardDutyProtectionPlansCheck(), READY).get(0).message())
                .isEqualTo("GuardDuty protection plans disabled: RDS Protection, Lambda Protection; enabled: S3"
                        + " Protection, EKS Audit Log Monitoring, Runtime Monitoring, Malware Protection for EC2.");
    }

    @Test
    void sandboxSnapshotWhenSerialisedShouldRoundTrip() throws IOException {
        // given
        GuardDutySnapshot snapshot =
                GuardDutySandbox.snapshot(sandbox.account(ADMIN).orElseThrow(), "us-east-1", sandbox);

        // when
        String json = Json.mapper().writeValueAsString(snapshot);
        GuardDutySnapshot read = Json.mapper().readValue(json, GuardDutySnapshot.class);

        // then
        assertThat(read).isEqualTo(snapshot);
        assertThat(json).contains("\"autoEnableOrganizationMembers\"").doesNotContain("\"enabled\"");
    }

    /** The worst status of a regional check across each active account's regions. */
    private static Map<String, Status> statusByAccount(RegionalCheck check) {
        return sandbox.accounts().stream()
                .filter(a -> OrgAccount.ACTIVE.equals(a.state()))
                .collect(Collectors.toMap(SandboxAccount::id, a -> worst(evaluate(check, a.id()))));
    }

    private static List<Verdict> evaluate(RegionalCheck check, String accountId) {
        AccountSnapshot account = account(accountId);
        return account.regions().stream()
                .flatMap(r -> check.evaluate(r, account, organization).stream())
                .toList();
    }

    private static Status worst(List<Verdict> verdicts) {
        return verdicts.stream().map(Verdict::status).max(Enum::compareTo).orElseThrow();
    }

    private static AccountSnapshot account(String accountId) {
        SandboxAccount account = sandbox.account(accountId).orElseThrow();
        List<RegionSnapshot> regions = sandbox.regions().stream()
                .filter(r -> !account.disabledRegions().contains(r))
                .map(r -> new RegionSnapshot(
                        r, null, null, null, null, null, GuardDutySandbox.snapshot(account, r, sandbox), null, null))
                .toList();
        OrgAccount orgAccount =
                new OrgAccount(account.id(), account.name(), null, account.state(), null, account.ou(), Map.of(), null);
        return new AccountSnapshot(
                orgAccount,
                sandbox.partition(),
                Instant.parse("2026-12-03T06:00:00Z"),
                null,
                regions,
                List.of(),
                null,
                null);
    }
}
