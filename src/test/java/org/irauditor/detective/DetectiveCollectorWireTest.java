package org.irauditor.detective;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.Json;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.settings.AuditProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The real Detective client against a stub speaking Detective's REST-JSON wire format, since moto has no
 * Detective: paginated member lists, an access-denied error and a throttled call that succeeds on retry.
 */
class DetectiveCollectorWireTest {

    private static final String ADMIN = "777788889999";
    private static final String GRAPH =
            "arn:aws:detective:us-east-1:777788889999:graph:027c7c4610ea4aacaf0b883093cab899";
    private static final String JSON = "application/json";

    private WireMockServer server;
    private AwsClientFactory factory;
    private AccountSession session;

    @BeforeEach
    void startStub() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        factory = new AwsClientFactory(new AuditProperties.Aws(
                URI.create("http://127.0.0.1:" + server.port()), Duration.ofSeconds(30), Duration.ofSeconds(5), 3, 4));
        session = new AccountSession(
                factory,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")),
                "us-east-1");
    }

    @AfterEach
    void stopStub() {
        session.close();
        factory.close();
        server.stop();
    }

    private RegionScope administratorScope() {
        return new RegionScope(session, ADMIN, "us-east-1", "aws", false, Set.of(DetectiveSnapshot.SERVICE_PRINCIPAL));
    }

    @Test
    void collectInTheAdministratorShouldReadGraphsPagedMembersAndConfigurationAfterAThrottledCall() {
        // given: ListGraphs is throttled once, ListMembers answers in two pages
        stubThrottledThenGraphs();
        server.stubFor(post(urlEqualTo("/graph/members/list"))
                .withRequestBody(equalToJson("{\"GraphArn\":\"" + GRAPH + "\"}"))
                .willReturn(ok("""
                        {"MemberDetails":[{"AccountId":"111122223333","AdministratorId":"777788889999",
                          "GraphArn":"%s","Status":"ENABLED","InvitationType":"ORGANIZATION",
                          "UpdatedTime":"2024-01-15T09:05:00Z"}],
                         "NextToken":"page-2"}""".formatted(GRAPH))));
        server.stubFor(post(urlEqualTo("/graph/members/list"))
                .withRequestBody(containing("page-2"))
                .willReturn(ok("""
                        {"MemberDetails":[{"AccountId":"444455556666","AdministratorId":"777788889999",
                          "GraphArn":"%s","Status":"ACCEPTED_BUT_DISABLED","DisabledReason":"VOLUME_UNKNOWN",
                          "InvitationType":"ORGANIZATION","UpdatedTime":"2024-01-15T09:05:00Z"}]}""".formatted(GRAPH))));
        server.stubFor(post(urlEqualTo("/orgs/describeOrganizationConfiguration"))
                .withRequestBody(equalToJson("{\"GraphArn\":\"" + GRAPH + "\"}"))
                .willReturn(ok("{\"AutoEnable\":true}")));
        stubAccessDenied("/orgs/adminAccountslist");

        // when
        DetectiveSnapshot snapshot = new DetectiveCollector().collect(administratorScope());

        // then
        assertThat(snapshot.graphs().isOk()).isTrue();
        assertThat(snapshot.graphs().value().graphList()).singleElement().satisfies(g -> {
            assertThat(g.arn()).isEqualTo(GRAPH);
            assertThat(g.createdTime()).hasToString("2024-01-15T09:00:00Z");
        });
        assertThat(snapshot.members().value().memberDetails())
                .extracting(DetectiveSnapshot.MemberDetail::accountId, DetectiveSnapshot.MemberDetail::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("111122223333", "ENABLED"),
                        org.assertj.core.groups.Tuple.tuple("444455556666", "ACCEPTED_BUT_DISABLED"));
        assertThat(snapshot.organizationConfiguration().value().autoEnable()).isTrue();
        assertThat(snapshot.organizationAdmins().isFailed()).isTrue();
        assertThat(snapshot.organizationAdmins().error().code()).isEqualTo("AccessDeniedException");
        assertThat(snapshot.organizationAdmins().error().kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
        server.verify(2, postRequestedFor(urlEqualTo("/graphs/list")));
    }

    @Test
    void collectedMemberListShouldFailTheDisabledMemberAndPointAtGuardDuty() throws Exception {
        // given
        server.stubFor(post(urlEqualTo("/graphs/list")).willReturn(ok(graphsBody())));
        server.stubFor(post(urlEqualTo("/graph/members/list")).willReturn(ok("""
                {"MemberDetails":[{"AccountId":"444455556666","AdministratorId":"777788889999","GraphArn":"%s",
                  "Status":"ACCEPTED_BUT_DISABLED","DisabledReason":"VOLUME_UNKNOWN"}]}""".formatted(GRAPH))));
        server.stubFor(
                post(urlEqualTo("/orgs/describeOrganizationConfiguration")).willReturn(ok("{\"AutoEnable\":false}")));
        stubAccessDenied("/orgs/adminAccountslist");
        DetectiveSnapshot collected = new DetectiveCollector().collect(administratorScope());
        // the snapshot crosses batch steps as JSON
        DetectiveSnapshot admin =
                Json.mapper().readValue(Json.mapper().writeValueAsString(collected), DetectiveSnapshot.class);
        AccountSnapshot adminAccount = DetectiveScenario.account(ADMIN, DetectiveScenario.region("us-east-1", admin));
        RegionSnapshot member = DetectiveScenario.region("us-east-1", DetectiveScenario.memberView());

        // when
        List<Verdict> verdicts = new DetectiveMembershipCheck()
                .evaluate(
                        member,
                        DetectiveScenario.account("444455556666", member),
                        DetectiveScenario.organization(adminAccount));

        // then
        assertThat(admin).isEqualTo(collected);
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).contains("ACCEPTED_BUT_DISABLED").contains("GuardDuty");
        });
    }

    @Test
    void collectWhenListGraphsIsDeniedShouldKeepTheReasonAndSkipTheMembers() {
        // given
        stubAccessDenied("/graphs/list");
        stubAccessDenied("/orgs/adminAccountslist");

        // when
        DetectiveSnapshot snapshot = new DetectiveCollector().collect(administratorScope());

        // then
        assertThat(snapshot.graphs().isFailed()).isTrue();
        assertThat(snapshot.graphs().error().describe())
                .isEqualTo("ListGraphs failed: AccessDeniedException (access denied)");
        assertThat(snapshot.members()).isNull();
        assertThat(snapshot.organizationConfiguration()).isNull();
        server.verify(0, postRequestedFor(urlEqualTo("/graph/members/list")));
    }

    @Test
    void collectInAMemberShouldCallOnlyListGraphs() {
        // given: a member account administers no graph
        server.stubFor(post(urlEqualTo("/graphs/list")).willReturn(ok("{\"GraphList\":[]}")));
        RegionScope member = new RegionScope(session, "444455556666", "us-east-1", "aws", false, Set.of());

        // when
        DetectiveSnapshot snapshot = new DetectiveCollector().collect(member);

        // then
        assertThat(snapshot.graphs().value().graphList()).isEmpty();
        assertThat(snapshot.members()).isNull();
        assertThat(snapshot.organizationAdmins()).isNull();
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    private void stubThrottledThenGraphs() {
        server.stubFor(post(urlEqualTo("/graphs/list"))
                .inScenario("throttled")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", JSON)
                        .withHeader("x-amzn-ErrorType", "TooManyRequestsException")
                        .withBody("{\"message\":\"Rate exceeded\"}"))
                .willSetStateTo("answered"));
        server.stubFor(post(urlEqualTo("/graphs/list"))
                .inScenario("throttled")
                .whenScenarioStateIs("answered")
                .willReturn(ok(graphsBody())));
    }

    private void stubAccessDenied(String path) {
        server.stubFor(post(urlEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", JSON)
                        .withHeader(
                                "x-amzn-ErrorType",
                                "AccessDeniedException:http://internal.amazon.com/coral/com.amazonaws.detective/")
                        .withBody("{\"message\":\"User is not authorized to perform this action\"}")));
    }

    private static String graphsBody() {
        return "{\"GraphList\":[{\"Arn\":\"" + GRAPH + "\",\"CreatedTime\":\"2024-01-15T09:00:00Z\"}]}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody(body);
    }
}
