package org.irauditor.flowlogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Json;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.LogDestinationType;
import software.amazon.awssdk.services.ec2.model.TrafficType;

/** The flow logs collector and check through the real EC2 client against moto. */
class FlowLogsCollectorMotoTest {

    private static final String REGION = "eu-west-1";
    private static final String ROLE = "arn:aws:iam::123456789012:role/flow-logs-delivery";

    private MotoServer moto;
    private AwsClientFactory factory;
    private AccountSession session;
    private Ec2Client ec2;

    @BeforeEach
    void startSession() {
        moto = MotoServer.get();
        factory = new AwsClientFactory(
                new AuditProperties.Aws(moto.endpoint(), Duration.ofSeconds(30), Duration.ofSeconds(10), 2, 8));
        session = new AccountSession(factory, MotoServer.credentials(), REGION);
        ec2 = session.ec2(REGION);
    }

    @AfterEach
    void closeSession() {
        session.close();
        factory.close();
    }

    @Test
    void collectWhenVpcsHaveHealthyFailedAndNoFlowLogsShouldJudgeEachVpc() throws Exception {
        // given
        createLogGroup("/vpc/flow-logs");
        String healthy = createVpc("10.10.0.0/16");
        String failing = createVpc("10.20.0.0/16");
        String unlogged = createVpc("10.30.0.0/16");
        createFlowLog(healthy, TrafficType.REJECT, "/vpc/flow-logs");
        createFlowLog(failing, TrafficType.ALL, "/vpc/no-such-group");

        // when
        FlowLogsSnapshot snapshot = new FlowLogsCollector().collect(scope());
        List<Verdict> verdicts = evaluate(snapshot);

        // then
        assertThat(snapshot.vpcs().value())
                .extracting(FlowLogsSnapshot.Vpc::vpcId)
                .contains(healthy, failing, unlogged);
        assertThat(verdictFor(verdicts, healthy).status()).isEqualTo(Status.PASS);
        assertThat(verdictFor(verdicts, healthy).message())
                .isEqualTo("VPC " + healthy + " has an active flow log recording rejected traffic.");
        assertThat(verdictFor(verdicts, failing).status()).isEqualTo(Status.FAIL);
        assertThat(verdictFor(verdicts, failing).message())
                .startsWith("The flow log fl-")
                .contains("of VPC " + failing);
        assertThat(verdictFor(verdicts, unlogged).message()).isEqualTo("VPC " + unlogged + " has no active flow log.");
    }

    @Test
    void collectWhenFlowLogRecordsAcceptedTrafficOnlyShouldFail() throws Exception {
        // given
        createLogGroup("/vpc/flow-logs");
        String vpc = createVpc("10.40.0.0/16");
        createFlowLog(vpc, TrafficType.ACCEPT, "/vpc/flow-logs");

        // when
        List<Verdict> verdicts = evaluate(new FlowLogsCollector().collect(scope()));

        // then
        assertThat(verdictFor(verdicts, vpc).message())
                .isEqualTo("VPC " + vpc
                        + " has flow logs for accepted traffic only, so rejected traffic is not recorded.");
    }

    @Test
    void snapshotWhenSerialisedShouldRoundTripWithEc2FieldNames() throws Exception {
        // given
        createFlowLog(createVpc("10.50.0.0/16"), TrafficType.ALL, "/vpc/flow-logs");
        FlowLogsSnapshot snapshot = new FlowLogsCollector().collect(scope());

        // when
        String json = Json.mapper().writeValueAsString(snapshot);
        FlowLogsSnapshot read = Json.mapper().readValue(json, FlowLogsSnapshot.class);

        // then
        assertThat(read).isEqualTo(snapshot);
        assertThat(json).contains("\"Vpcs\"", "\"FlowLogs\"", "\"OwnerId\"", "\"DeliverLogsStatus\"");
    }

    private String createVpc(String cidr) {
        return ec2.createVpc(r -> r.cidrBlock(cidr)).vpc().vpcId();
    }

    private void createFlowLog(String vpcId, TrafficType traffic, String logGroup) {
        ec2.createFlowLogs(r -> r.resourceType(FlowLogsResourceType.VPC)
                .resourceIds(vpcId)
                .trafficType(traffic)
                .logDestinationType(LogDestinationType.CLOUD_WATCH_LOGS)
                .logGroupName(logGroup)
                .deliverLogsPermissionArn(ROLE));
    }

    /**
     * The project has no CloudWatch Logs client, so the log group is created with one plain request; moto routes
     * it by the credential scope and does not verify the signature.
     */
    private void createLogGroup(String name) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(moto.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "Logs_20140328.CreateLogGroup")
                .header(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=testing/20261203/" + REGION
                                + "/logs/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString("{\"logGroupName\":\"" + name + "\"}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private RegionScope scope() {
        return new RegionScope(session, MotoServer.DEFAULT_ACCOUNT, REGION, "aws", false, Set.of());
    }

    private static List<Verdict> evaluate(FlowLogsSnapshot snapshot) {
        RegionSnapshot region = new RegionSnapshot(REGION, null, null, null, null, null, null, snapshot, null);
        OrgAccount account = new OrgAccount(
                MotoServer.DEFAULT_ACCOUNT, "moto", null, OrgAccount.ACTIVE, null, "Root", Map.of(), null);
        AccountSnapshot accountSnapshot = new AccountSnapshot(
                account, "aws", Instant.parse("2026-12-03T06:00:00Z"), null, List.of(region), List.of(), null, null);
        OrganizationContext organization = new OrganizationContext(
                new OrganizationSnapshot(
                        "o-moto", MotoServer.DEFAULT_ACCOUNT, "aws", REGION, null, null, null, null, null),
                List.of());
        return new VpcFlowLogsCheck().evaluate(region, accountSnapshot, organization);
    }

    private static Verdict verdictFor(List<Verdict> verdicts, String vpcId) {
        return verdicts.stream()
                .filter(v -> vpcId.equals(v.evidence().get("vpcId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no verdict for " + vpcId + " in " + verdicts));
    }
}
