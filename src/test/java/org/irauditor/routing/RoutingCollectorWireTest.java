package org.irauditor.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.ErrorKind;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutingCollectorWireTest {

    private static final String JSON = "application/x-amz-json-1.1";
    private static final String RULE = "{\"Name\":\"%s\",\"Arn\":\"arn:aws:events:us-east-1:777788889999:rule/%s\","
            + "\"State\":\"ENABLED\",\"EventBusName\":\"default\",\"EventPattern\":"
            + "\"{\\\"source\\\":[\\\"aws.guardduty\\\"],\\\"detail-type\\\":[\\\"GuardDuty Finding\\\"]}\"}";

    private WireMockServer server;
    private AwsClientFactory factory;
    private AccountSession session;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        factory = new AwsClientFactory(new AuditProperties.Aws(
                URI.create("http://127.0.0.1:" + server.port()), Duration.ofSeconds(10), Duration.ofSeconds(5), 1, 4));
        session = new AccountSession(factory, MotoServer.credentials(), "us-east-1");
        // Security Hub is a REST API: ListFindingAggregators is GET /findingAggregator/list
        server.stubFor(get(urlPathEqualTo("/findingAggregator/list"))
                .willReturn(aResponse().withStatus(200).withBody("{\"FindingAggregators\":[]}")));
    }

    @AfterEach
    void stop() {
        session.close();
        factory.close();
        server.stop();
    }

    @Test
    void collectWhenRulesSpanTwoPagesShouldFollowNextToken() {
        // given
        stubListRules(null, "[" + rule("guardduty-to-responder") + "]", "page-2");
        stubListRules("page-2", "[" + rule("guardduty-to-pager") + "]", null);
        stubTargets(200, "{\"Targets\":[{\"Id\":\"pager\",\"Arn\":\"arn:aws:sns:us-east-1:777788889999:pager\"}]}");

        // when
        RoutingSnapshot snapshot = new RoutingCollector().collect(scope());

        // then
        assertThat(snapshot.rules().value())
                .extracting(RoutingSnapshot.EventRule::name)
                .containsExactly("guardduty-to-responder", "guardduty-to-pager");
        assertThat(snapshot.targetsOf("guardduty-to-pager").value()).hasSize(1);
        assertThat(snapshot.findingAggregators().value()).isEmpty();
    }

    @Test
    void collectWhenTargetsAreDeniedShouldKeepTheReasonForThatRule() {
        // given
        stubListRules(null, "[" + rule("guardduty-to-responder") + "]", null);
        stubTargets(
                400,
                "{\"__type\":\"AccessDeniedException\",\"message\":\"not authorized to perform: events:ListTargetsByRule\"}");

        // when
        RoutingSnapshot snapshot = new RoutingCollector().collect(scope());

        // then
        assertThat(snapshot.rules().isOk()).isTrue();
        assertThat(snapshot.targetsOf("guardduty-to-responder").error().kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
        assertThat(snapshot.targetsOf("guardduty-to-responder").error().describe())
                .isEqualTo("ListTargetsByRule failed: AccessDeniedException (access denied)");
    }

    private void stubListRules(String token, String rules, String nextToken) {
        var request = post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.ListRules"));
        request = token == null
                ? request.withRequestBody(notContaining("NextToken"))
                : request.withRequestBody(containing("\"NextToken\":\"" + token + "\""));
        String body = "{\"Rules\":" + rules + (nextToken == null ? "" : ",\"NextToken\":\"" + nextToken + "\"") + "}";
        server.stubFor(request.willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody(body)));
    }

    private void stubTargets(int status, String body) {
        server.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSEvents.ListTargetsByRule"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", JSON)
                        .withBody(body)));
    }

    private static String rule(String name) {
        return String.format(RULE, name, name);
    }

    private RegionScope scope() {
        return new RegionScope(session, "777788889999", "us-east-1", "aws", false, Set.of("securityhub.amazonaws.com"));
    }
}
