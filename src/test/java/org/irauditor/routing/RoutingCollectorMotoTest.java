package org.irauditor.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Json;
import org.irauditor.routing.RoutingSnapshot.RuleTarget;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.RuleState;

class RoutingCollectorMotoTest {

    private static final String ACCOUNT = MotoServer.DEFAULT_ACCOUNT;
    private static final String REGION = "eu-west-1";
    private static final String LAMBDA = "arn:aws:lambda:eu-west-1:123456789012:function:security-finding-responder";
    private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:security-findings";

    private AwsClientFactory factory;
    private AccountSession session;

    @BeforeEach
    void startSession() {
        MotoServer moto = MotoServer.get();
        factory = new AwsClientFactory(
                new AuditProperties.Aws(moto.endpoint(), Duration.ofSeconds(30), Duration.ofSeconds(10), 1, 4));
        session = new AccountSession(factory, MotoServer.credentials(), "us-east-1");
    }

    @AfterEach
    void closeSession() {
        session.close();
        factory.close();
    }

    @Test
    void collectWhenAdministratorHasFindingRuleShouldReadRuleAndTargets() throws Exception {
        // given
        EventBridgeClient events = session.eventBridge(REGION);
        events.putRule(r -> r.name("securityhub-findings-to-response")
                .eventPattern(RoutingSandbox.PATTERN)
                .state(RuleState.ENABLED));
        events.putTargets(r -> r.rule("securityhub-findings-to-response")
                .targets(t -> t.id("responder").arn(LAMBDA), t -> t.id("notify").arn(TOPIC)));
        events.putRule(r -> r.name("nightly-report").scheduleExpression("rate(1 day)"));

        // when
        RoutingSnapshot snapshot = new RoutingCollector().collect(scope(true));

        // then
        assertThat(snapshot.rules().value())
                .extracting(RoutingSnapshot.EventRule::name)
                .containsExactlyInAnyOrder("securityhub-findings-to-response", "nightly-report");
        assertThat(snapshot.targets()).containsOnlyKeys("securityhub-findings-to-response");
        assertThat(snapshot.targetsOf("securityhub-findings-to-response").value())
                .extracting(RuleTarget::arn)
                .containsExactlyInAnyOrder(LAMBDA, TOPIC);
        // moto has no ListFindingAggregators: the failure is kept, not turned into "no aggregator"
        assertThat(snapshot.findingAggregators().isFailed()).isTrue();
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(snapshot), RoutingSnapshot.class))
                .isEqualTo(snapshot);
    }

    @Test
    void collectWhenAccountDoesNotAdministerSecurityHubShouldNotCallAws() {
        // when
        RoutingSnapshot snapshot = new RoutingCollector().collect(scope(false));

        // then
        assertThat(snapshot.isCollected()).isFalse();
    }

    private RegionScope scope(boolean management) {
        return new RegionScope(session, ACCOUNT, REGION, "aws", management, Set.of());
    }
}
