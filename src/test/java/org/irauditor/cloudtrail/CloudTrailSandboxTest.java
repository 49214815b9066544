package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountCheck;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Json;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CloudTrail checks on the sandbox organization, with the organization trail read from its owner. */
class CloudTrailSandboxTest {

    private static final String MANAGEMENT = "111122223333";
    private static final String READY = "444455556666";
    private static final String STOPPED = "555566667777";
    private static final String PARTIAL = "333344445555";
    private static final String NONE = "666677778888";

    private static SandboxOrganization sandbox;
    private static Map<String, AccountSnapshot> accounts;
    private static OrganizationContext organization;

    @BeforeAll
    static void auditSandbox() throws IOException {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).build();
        try (InputStream in = CloudTrailSandboxTest.class.getResourceAsStream("/sandbox/organization.yml")) {
            sandbox = yaml.readValue(in, SandboxOrganization.class);
        }
        accounts = sandbox.accounts().stream()
                .map(CloudTrailSandboxTest::snapshot)
                .collect(Collectors.toMap(AccountSnapshot::accountId, Function.identity()));
        OrganizationSnapshot snapshot = new OrganizationSnapshot(
                sandbox.organizationId(),
                MANAGEMENT,
                sandbox.partition(),
                sandbox.homeRegion(),
                Instant.now(),
                List.of(),
                null,
                null,
                "r-sandbox");
        organization = new OrganizationContext(snapshot, List.of(accounts.get(MANAGEMENT)));
    }

    private static AccountSnapshot snapshot(SandboxAccount account) {
        List<RegionSnapshot> regions = sandbox.regions().stream()
                .filter(r -> !account.disabledRegions().contains(r))
                .map(r -> new RegionSnapshot(
                        r,
                        null,
                        roundTrip(CloudTrailSandbox.snapshot(account, r, sandbox)),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .toList();
        OrgAccount orgAccount = new OrgAccount(
                account.id(),
                account.name(),
                account.email(),
                account.state(),
                null,
                account.ou(),
                account.tags(),
                null);
        return new AccountSnapshot(
                orgAccount, sandbox.partition(), Instant.now(), null, regions, List.of(), null, null);
    }

    /** Snapshots travel as JSON between batch steps. */
    private static CloudTrailSnapshot roundTrip(CloudTrailSnapshot snapshot) {
        try {
            return Json.mapper().readValue(Json.mapper().writeValueAsString(snapshot), CloudTrailSnapshot.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Verdict> coverage(String accountId, String region) {
        AccountSnapshot account = accounts.get(accountId);
        return new RegionCoverageCheck().evaluate(account.region(region).orElseThrow(), account, organization);
    }

    private static List<Verdict> logging(String accountId, String region) {
        AccountSnapshot account = accounts.get(accountId);
        return new TrailLoggingCheck().evaluate(account.region(region).orElseThrow(), account, organization);
    }

    private static List<Verdict> account(AccountCheck check, String accountId) {
        return check.evaluate(accounts.get(accountId), organization);
    }

    @Test
    void sandboxWhenMembersHaveNoTrailOfTheirOwnShouldBeCoveredByTheOrganizationTrail() {
        for (String member : List.of(READY, STOPPED, PARTIAL, NONE)) {
            assertThat(coverage(member, "eu-west-1"))
                    .extracting(Verdict::status, Verdict::message)
                    .containsExactly(
                            tuple(Status.PASS, "Covered by organization trail org-trail (owner 111122223333)"));
        }
    }

    @Test
    void sandboxWhenCoveredByTheOrganizationTrailShouldPassEveryTrailCheck() {
        List<AccountCheck> checks = List.of(
                new ManagementEventsCheck(),
                new LogFileValidationCheck(),
                new KmsEncryptionCheck(),
                new CloudWatchLogsDeliveryCheck(),
                new DeliveryErrorsCheck(),
                new S3DataEventsCheck(),
                new LambdaDataEventsCheck(),
                new InsightsCheck());
        for (String accountId : List.of(MANAGEMENT, READY, NONE)) {
            for (AccountCheck check : checks) {
                assertThat(account(check, accountId))
                        .as("%s in %s", check.id(), accountId)
                        .extracting(Verdict::status)
                        .containsOnly(Status.PASS);
            }
        }
        assertThat(new OrganizationTrailCheck().evaluate(organization))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.PASS, "Organization trail org-trail (owner 111122223333) is logging"));
    }

    @Test
    void sandboxLakeShouldPassWithAnAccountStoreAndFailWithoutOne() {
        // the management account's store is not organization-wide, so each account needs its own
        assertThat(account(new LakeEventDataStoreCheck(), MANAGEMENT))
                .extracting(Verdict::status)
                .containsOnly(Status.PASS);
        assertThat(account(new LakeEventDataStoreCheck(), READY))
                .extracting(Verdict::status)
                .containsOnly(Status.PASS);
        assertThat(account(new LakeEventDataStoreCheck(), NONE))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.FAIL, "No CloudTrail Lake event data store records this account's management events"));
    }

    @Test
    void sandboxWhenAccountHasStoppedTrailShouldFailTrailLoggingInItsHomeRegion() {
        assertThat(logging(STOPPED, "us-east-1"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "Trail legacy-trail is not logging"));
        assertThat(logging(READY, "us-east-1")).extracting(Verdict::status).containsExactly(Status.NOT_APPLICABLE);
        assertThat(logging(MANAGEMENT, "us-east-1"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.PASS, "Organization trail org-trail (owner 111122223333) is logging"));
    }

    @Test
    void sandboxWhenAccountHasItsOwnNarrowTrailShouldFailItsSettingsButStayCoveredForData() {
        assertThat(account(new KmsEncryptionCheck(), PARTIAL))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(
                        tuple(Status.FAIL, "Trail team-data-events does not encrypt its log files with a KMS key"),
                        tuple(
                                Status.PASS,
                                "Organization trail org-trail (owner 111122223333) encrypts its log files with a KMS"
                                        + " key"));
        assertThat(account(new S3DataEventsCheck(), PARTIAL))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS,
                        "S3 data events for all buckets (reads and writes) are recorded by organization trail"
                                + " org-trail (owner 111122223333)"));
    }

    @Test
    void sandboxWhenManagementSnapshotIsMissingShouldLeaveMembersUnknown() {
        // given the management account was not audited
        OrganizationContext withoutManagement = new OrganizationContext(organization.organization(), List.of());
        AccountSnapshot member = accounts.get(READY);

        // when
        List<Verdict> verdicts =
                new RegionCoverageCheck().evaluate(member.region("eu-west-1").orElseThrow(), member, withoutManagement);

        // then
        assertThat(verdicts).extracting(Verdict::status).containsExactly(Status.UNKNOWN);
    }
}
