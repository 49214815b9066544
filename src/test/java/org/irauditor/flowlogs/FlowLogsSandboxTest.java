package org.irauditor.flowlogs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

/** The flow log check on the built-in sandbox organization, including a VPC shared between two accounts. */
class FlowLogsSandboxTest {

    private static final String HOME = "us-east-1";
    private static final String PAYMENTS = "444455556666";
    private static final String WEB = "555566667777";
    private static final String LOG_ARCHIVE = "222233334444";
    private static final String ANALYTICS = "333344445555";

    private static SandboxOrganization sandbox;

    @BeforeAll
    static void loadSandbox() throws IOException {
        try (InputStream in = FlowLogsSandboxTest.class.getResourceAsStream("/sandbox/organization.yml")) {
            sandbox = JsonMapper.builder(new YAMLFactory())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, SandboxOrganization.class);
        }
    }

    @Test
    void evaluateWhenAccountOwnsTheSharedNetworkShouldPassEveryVpc() {
        // when
        List<Verdict> verdicts = evaluate(PAYMENTS, HOME);

        // then
        assertThat(verdicts).hasSize(3).extracting(Verdict::status).containsOnly(Status.PASS);
    }

    @Test
    void evaluateWhenAccountParticipatesInASharedVpcShouldLeaveThatVpcToItsOwner() {
        // when
        List<Verdict> verdicts = evaluate(WEB, HOME);

        // then
        assertThat(verdicts)
                .extracting(Verdict::status)
                .containsExactlyInAnyOrder(Status.PASS, Status.PASS, Status.NOT_APPLICABLE);
        Verdict shared = verdicts.stream()
                .filter(v -> v.status() == Status.NOT_APPLICABLE)
                .findFirst()
                .orElseThrow();
        assertThat(shared.message()).contains("is owned by account 444455556666 and shared into this account");
        assertThat(shared.resource().id()).startsWith("arn:aws:ec2:us-east-1:444455556666:vpc/vpc-");
        assertThat(evaluate(PAYMENTS, HOME))
                .extracting(v -> v.resource().id())
                .contains(shared.resource().id());
    }

    @Test
    void evaluateWhenFlowLogsAreMissingShouldFailOwnedVpcsOnly() {
        // when
        List<Verdict> verdicts = evaluate(LOG_ARCHIVE, HOME);

        // then
        assertThat(verdicts)
                .extracting(Verdict::status)
                .containsExactlyInAnyOrder(Status.FAIL, Status.FAIL, Status.NOT_APPLICABLE);
    }

    @Test
    void evaluateWhenFlowLogsRecordAcceptedTrafficOnlyShouldFail() {
        // when
        List<Verdict> verdicts = evaluate(ANALYTICS, "eu-west-1");

        // then
        assertThat(verdicts).hasSize(2).allSatisfy(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .endsWith("has flow logs for accepted traffic only, so rejected traffic is not recorded.");
        });
    }

    @Test
    void snapshotOutsideTheHomeRegionShouldHoldOnlyTheAccountsOwnVpcs() throws IOException {
        // when
        FlowLogsSnapshot snapshot =
                FlowLogsSandbox.snapshot(sandbox.account(WEB).orElseThrow(), "eu-west-1", sandbox);

        // then
        assertThat(snapshot.vpcs().value())
                .extracting(FlowLogsSnapshot.Vpc::ownerId)
                .containsOnly(WEB);
        String json = Json.mapper().writeValueAsString(snapshot);
        assertThat(Json.mapper().readValue(json, FlowLogsSnapshot.class)).isEqualTo(snapshot);
        assertThat(json).contains("\"TrafficType\"").doesNotContain("\"active\"");
    }

    private static List<Verdict> evaluate(String accountId, String region) {
        SandboxAccount account = sandbox.account(accountId).orElseThrow();
        RegionSnapshot snapshot = new RegionSnapshot(
                region, null, null, null, null, null, null, FlowLogsSandbox.snapshot(account, region, sandbox), null);
        OrgAccount orgAccount =
                new OrgAccount(account.id(), account.name(), null, account.state(), null, account.ou(), Map.of(), null);
        AccountSnapshot accountSnapshot = new AccountSnapshot(
                orgAccount,
                "aws",
                Instant.parse("2026-12-03T06:00:00Z"),
                null,
                List.of(snapshot),
                List.of(),
                null,
                null);
        OrganizationContext organization = new OrganizationContext(
                new OrganizationSnapshot(
                        sandbox.organizationId(),
                        sandbox.managementAccountId(),
                        "aws",
                        HOME,
                        null,
                        null,
                        null,
                        null,
                        null),
                List.of());
        return new VpcFlowLogsCheck().evaluate(snapshot, accountSnapshot, organization);
    }
}
