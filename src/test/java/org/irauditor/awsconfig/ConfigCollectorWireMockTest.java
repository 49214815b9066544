package org.irauditor.awsconfig;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.Verdict;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The collector against recorded Config API responses for what moto does not answer: delivery channel status,
 * aggregator source status, the service-linked recorders of ListConfigurationRecorders and throttling.
 */
class ConfigCollectorWireMockTest {

    private static final String REGION = "eu-west-1";
    private static final String TARGET_PREFIX = "StarlingDoveService.";
    private static final List<String> ANSWERED = List.of(
            "DescribeConfigurationRecorders",
            "DescribeConfigurationRecorderStatus",
            "ListConfigurationRecorders",
            "DescribeDeliveryChannels",
            "DescribeDeliveryChannelStatus",
            "DescribeConfigurationAggregators",
            "DescribeConfigurationAggregatorSourcesStatus");

    private WireMockServer server;
    private AwsClientFactory factory;
    private AccountSession session;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(
                WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        ANSWERED.forEach(operation -> stub(operation, 200, api(operation)));
        stub("DescribeConfigRules", 400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}");
        factory = new AwsClientFactory(new AuditProperties.Aws(
                URI.create(server.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), 2, 4));
        session = new AccountSession(factory, MotoServer.credentials(), REGION);
    }

    @AfterEach
    void stopServer() {
        session.close();
        factory.close();
        server.stop();
    }

    @Test
    void collectWhenAwsReportsFailuresShouldMapThemAndTheChecksShouldNameThem() {
        // when
        ConfigSnapshot snapshot = new ConfigCollector()
                .collect(new RegionScope(session, ConfigTestData.ACCOUNT, REGION, "aws", true, Set.of()));
        RegionSnapshot region = ConfigTestData.region(REGION, snapshot);
        AccountSnapshot account = ConfigTestData.account(region);
        OrganizationContext organization = ConfigTestData.organization(account);

        // then
        assertThat(messages(new RecorderRecordingCheck().evaluate(region, account, organization)))
                .containsExactly(
                        "The Config recorder default is recording but its last status is FAILURE" + " (AccessDenied).");
        assertThat(new RecorderRecordingCheck()
                        .evaluate(region, account, organization)
                        .get(0)
                        .evidence())
                .containsEntry("serviceLinkedRecorders", "AWSConfigurationRecorderForExample (example.amazonaws.com)")
                .containsEntry("lastStatusChangeTime", "2025-12-03T07:00:00.500Z");
        assertThat(messages(new RecordingScopeCheck().evaluate(region, account, organization)))
                .containsExactly("The Config recorder default excludes IR-critical resource types:"
                        + " AWS::EC2::NetworkInterface. Recorded daily by override: AWS::EC2::VPC.");
        assertThat(messages(new DeliveryChannelCheck().evaluate(region, account, organization)))
                .containsExactly("The Config delivery channel default fails to deliver to the S3 bucket"
                        + " config-bucket-222233334444: configuration history delivery failed (AccessDenied).");
        assertThat(messages(new OrganizationAggregatorCheck().evaluate(organization)))
                .containsExactly("The organization aggregator organization-aggregator in account 111122223333"
                        + " (eu-west-1) aggregates all accounts and all regions, but 1 of its sources failed:"
                        + " 555566667777 us-east-1 (AccessDeniedException).");
    }

    @Test
    void collectWhenRulesAreThrottledShouldKeepTheReasonForUnknown() {
        // when
        ConfigSnapshot snapshot = new ConfigCollector()
                .collect(new RegionScope(session, ConfigTestData.ACCOUNT, REGION, "aws", false, Set.of()));
        RegionSnapshot region = ConfigTestData.region(REGION, snapshot);
        AccountSnapshot account = ConfigTestData.account(region);

        // then
        assertThat(snapshot.configRules().error().kind()).isEqualTo(ErrorKind.THROTTLED);
        assertThat(messages(new RestrictedSshRuleCheck().evaluate(region, account, null)))
                .containsExactly("DescribeConfigRules failed: ThrottlingException (throttled)");
        assertThat(snapshot.configurationAggregators()).isNull();
        server.verify(
                0,
                postRequestedFor(urlEqualTo("/"))
                        .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "DescribeConfigurationAggregators")));
    }

    private void stub(String operation, int status, String body) {
        server.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody(body)));
    }

    private static String api(String operation) {
        String name = "/fixtures/config/api/" + operation + ".json";
        try (InputStream in = ConfigCollectorWireMockTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static List<String> messages(List<Verdict> verdicts) {
        return verdicts.stream().map(Verdict::message).toList();
    }
}
