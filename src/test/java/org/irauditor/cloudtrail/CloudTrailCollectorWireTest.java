package org.irauditor.cloudtrail;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.irauditor.cloudtrail.CloudTrailFixtures.MANAGEMENT;
import static org.irauditor.cloudtrail.CloudTrailFixtures.MEMBER;
import static org.irauditor.cloudtrail.CloudTrailFixtures.account;
import static org.irauditor.cloudtrail.CloudTrailFixtures.management;
import static org.irauditor.cloudtrail.CloudTrailFixtures.organization;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.settings.AuditProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The collector on the wire, in front of the real SDK client: per-trail calls carry the full ARN and are signed
 * for the trail's home region (the SigV4 credential scope names the region the client was built for).
 */
class CloudTrailCollectorWireTest {

    private static final String MAIN_ARN = "arn:aws:cloudtrail:us-east-1:111122223333:trail/main";
    private static final String ORG_ARN = "arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail";
    private static final String JSON = "application/x-amz-json-1.1";

    private WireMockServer server;
    private AwsClientFactory factory;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        factory = new AwsClientFactory(new AuditProperties.Aws(
                URI.create(server.baseUrl()), Duration.ofSeconds(10), Duration.ofSeconds(5), 1, 4));
    }

    @AfterEach
    void stop() {
        factory.close();
        server.stop();
    }

    @Test
    void collectWhenTrailIsHomedInAnotherRegionShouldAskItsHomeRegionWithTheArn() {
        // given eu-central-1 lists the shadow of main, homed in us-east-1; eu-central-1 refuses per-trail calls
        stub(call("DescribeTrails", "eu-central-1"), ok("""
                {"trailList":[{"Name":"main","TrailARN":"%s","HomeRegion":"us-east-1","IsMultiRegionTrail":true,
                "IsOrganizationTrail":false,"LogFileValidationEnabled":true,"HasCustomEventSelectors":false,
                "HasInsightSelectors":true}]}""".formatted(MAIN_ARN)));
        for (String operation : List.of("GetTrailStatus", "GetEventSelectors", "GetInsightSelectors")) {
            stub(call(operation, "eu-central-1"), error("CloudTrailARNInvalidException", "Region in ARN is wrong"));
        }
        stub(
                call("GetTrailStatus", "us-east-1").withRequestBody(equalToJson("{\"Name\":\"" + MAIN_ARN + "\"}")),
                ok("{\"IsLogging\":true,\"LatestDeliveryTime\":1764741600.0}"));
        stub(
                call("GetEventSelectors", "us-east-1")
                        .withRequestBody(equalToJson("{\"TrailName\":\"" + MAIN_ARN + "\"}")),
                ok("""
                {"TrailARN":"%s","EventSelectors":[{"ReadWriteType":"All","IncludeManagementEvents":true,
                "DataResources":[],"ExcludeManagementEventSources":[]}]}""".formatted(MAIN_ARN)));
        stub(call("GetInsightSelectors", "us-east-1"), error("InsightNotEnabledException", "Insights not enabled"));
        stub(call("ListEventDataStores", "eu-central-1"), ok("{\"EventDataStores\":[]}"));

        // when
        CloudTrailSnapshot snapshot = collect(MANAGEMENT, "eu-central-1");

        // then every per-trail call went to us-east-1 with the ARN, and the region is covered
        Trail main = snapshot.trails().value().get(0);
        assertThat(main.status().isOk()).isTrue();
        assertThat(main.status().value().logging()).isTrue();
        assertThat(main.selectors().value().eventSelectors()).hasSize(1);
        assertThat(main.insightSelectors().value()).isEmpty();
        server.verify(
                0,
                postRequestedFor(urlEqualTo("/"))
                        .withHeader("Authorization", scope("eu-central-1"))
                        .withHeader("X-Amz-Target", matching(".*\\.Get(TrailStatus|EventSelectors|InsightSelectors)")));
        server.verify(
                1,
                postRequestedFor(urlEqualTo("/"))
                        .withHeader("Authorization", scope("us-east-1"))
                        .withHeader("X-Amz-Target", matching(".*\\.GetTrailStatus")));
        RegionSnapshot region = new RegionSnapshot("eu-central-1", null, snapshot, null, null, null, null, null, null);
        AccountSnapshot account = account(MANAGEMENT, region);
        List<Verdict> verdicts = new RegionCoverageCheck().evaluate(region, account, organization());
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.PASS, "Covered by trail main"));
    }

    @Test
    void collectWhenMemberCannotReadOrganizationTrailShouldKeepItListedWithUnknownStatus() {
        // given a member lists the organization trail; per-trail calls answer TrailNotFoundException for names
        // and, from this member, for the ARN too
        stub(call("DescribeTrails", "eu-west-1"), ok("""
                {"trailList":[{"Name":"org-trail","TrailARN":"%s","HomeRegion":"us-east-1",
                "IsMultiRegionTrail":true,"IsOrganizationTrail":true}]}""".formatted(ORG_ARN)));
        for (String operation : List.of("GetTrailStatus", "GetEventSelectors", "GetInsightSelectors")) {
            stub(call(operation, "us-east-1"), error("TrailNotFoundException", "Unknown trail"));
        }
        stub(call("ListEventDataStores", "eu-west-1"), ok("{\"EventDataStores\":[]}"));

        // when
        CloudTrailSnapshot snapshot = collect(MEMBER, "eu-west-1");

        // then the trail stays listed, its status is a failed outcome, and the owner's answer covers the member
        assertThat(snapshot.trails().value()).singleElement().satisfies(t -> {
            assertThat(t.trailArn()).isEqualTo(ORG_ARN);
            assertThat(t.status().failedWith("TrailNotFoundException")).isTrue();
        });
        server.verify(
                1,
                postRequestedFor(urlEqualTo("/"))
                        .withHeader("X-Amz-Target", matching(".*\\.GetTrailStatus"))
                        .withRequestBody(equalToJson("{\"Name\":\"" + ORG_ARN + "\"}")));
        server.verify(0, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("\"org-trail\"")));
        RegionSnapshot region = new RegionSnapshot("eu-west-1", null, snapshot, null, null, null, null, null, null);
        List<Verdict> verdicts =
                new RegionCoverageCheck().evaluate(region, account(MEMBER, region), organization(management()));
        assertThat(verdicts)
                .extracting(Verdict::message)
                .containsExactly("Covered by organization trail org-trail (owner 111122223333)");
    }

    @Test
    void collectWhenDescribeTrailsIsDeniedShouldKeepTheReason() {
        // given
        stub(call("DescribeTrails", "eu-west-1"), error("AccessDeniedException", "not authorized"));
        stub(call("ListEventDataStores", "eu-west-1"), error("UnsupportedOperationException", "not here"));

        // when
        CloudTrailSnapshot snapshot = collect(MEMBER, "eu-west-1");

        // then
        assertThat(snapshot.trails().error().describe())
                .isEqualTo("DescribeTrails failed: AccessDeniedException (access denied)");
        assertThat(snapshot.eventDataStores().error().describe())
                .isEqualTo("ListEventDataStores failed: UnsupportedOperationException (unsupported)");
    }

    @Test
    void collectWhenEventDataStoresExistShouldReadEachOne() {
        // given
        String arn = "arn:aws:cloudtrail:eu-west-1:444455556666:eventdatastore/EXAMPLE-store";
        stub(call("DescribeTrails", "eu-west-1"), ok("{\"trailList\":[]}"));
        stub(
                call("ListEventDataStores", "eu-west-1"),
                ok("{\"EventDataStores\":[{\"EventDataStoreArn\":\"" + arn + "\",\"Name\":\"investigations\"}]}"));
        stub(
                call("GetEventDataStore", "eu-west-1")
                        .withRequestBody(equalToJson("{\"EventDataStore\":\"" + arn + "\"}")),
                ok("""
                {"EventDataStoreArn":"%s","Name":"investigations","Status":"ENABLED","MultiRegionEnabled":true,
                "OrganizationEnabled":false,"RetentionPeriod":365,"AdvancedEventSelectors":[{"Name":"Management",
                "FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]}]}""".formatted(arn)));

        // when
        CloudTrailSnapshot snapshot = collect(MEMBER, "eu-west-1");

        // then
        assertThat(snapshot.eventDataStores().value()).singleElement().satisfies(store -> {
            assertThat(store.details().value().retentionPeriod()).isEqualTo(365);
            assertThat(store.details().value().status()).isEqualTo("ENABLED");
            assertThat(store.details().value().advancedEventSelectors()).hasSize(1);
        });
    }

    @Test
    void collectWhenMultiRegionTrailIsListedInSeveralRegionsShouldAskItsHomeRegionOncePerAccount() {
        // given main is listed in eu-west-1 and eu-central-1
        for (String region : List.of("eu-west-1", "eu-central-1")) {
            stub(call("DescribeTrails", region), ok("""
                    {"trailList":[{"Name":"main","TrailARN":"%s","HomeRegion":"us-east-1",
                    "IsMultiRegionTrail":true,"HasInsightSelectors":false}]}""".formatted(MAIN_ARN)));
            stub(call("ListEventDataStores", region), ok("{\"EventDataStores\":[]}"));
        }
        stub(call("GetTrailStatus", "us-east-1"), ok("{\"IsLogging\":true}"));
        stub(call("GetEventSelectors", "us-east-1"), ok("{\"TrailARN\":\"" + MAIN_ARN + "\",\"EventSelectors\":[]}"));

        // when both regions of one account are collected by one collector
        CloudTrailCollector collector = new CloudTrailCollector();
        List<CloudTrailSnapshot> snapshots;
        try (AccountSession session = session()) {
            snapshots = List.of(
                    collector.collect(new RegionScope(session, MANAGEMENT, "eu-west-1", "aws", true, Set.of())),
                    collector.collect(new RegionScope(session, MANAGEMENT, "eu-central-1", "aws", true, Set.of())));
        }

        // then
        assertThat(snapshots)
                .allSatisfy(s -> assertThat(
                                s.trails().value().get(0).status().value().logging())
                        .isTrue());
        server.verify(1, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", matching(".*\\.GetTrailStatus")));
        server.verify(
                0, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", matching(".*\\.GetInsightSelectors")));
    }

    private CloudTrailSnapshot collect(String accountId, String region) {
        try (AccountSession session = session()) {
            RegionScope scope = new RegionScope(session, accountId, region, "aws", false, Set.of());
            return new CloudTrailCollector().collect(scope);
        }
    }

    private AccountSession session() {
        StaticCredentialsProvider credentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
        return new AccountSession(factory, credentials, "us-east-1");
    }

    private void stub(MappingBuilder request, ResponseDefinitionBuilder response) {
        server.stubFor(request.willReturn(response));
    }

    private static MappingBuilder call(String operation, String region) {
        return post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", matching(".*\\." + operation))
                .withHeader("Authorization", scope(region));
    }

    private static StringValuePattern scope(String region) {
        return containing("/" + region + "/cloudtrail/aws4_request");
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody(body);
    }

    private static ResponseDefinitionBuilder error(String code, String message) {
        return aResponse()
                .withStatus(400)
                .withHeader("Content-Type", JSON)
                .withBody("{\"__type\":\"" + code + "\",\"Message\":\"" + message + "\"}");
    }
}
