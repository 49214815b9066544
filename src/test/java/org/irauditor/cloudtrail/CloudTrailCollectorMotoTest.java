package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;

/** The collector against moto: real CreateTrail, StartLogging and PutEventSelectors answers read back. */
class CloudTrailCollectorMotoTest {

    private static final String ACCOUNT = MotoServer.DEFAULT_ACCOUNT;
    private static final String BUCKET = "cloudtrail-logs-" + ACCOUNT;

    private MotoServer moto;
    private AwsClientFactory factory;
    private AccountSession session;

    @BeforeEach
    void start() throws IOException, InterruptedException {
        moto = MotoServer.get();
        factory = new AwsClientFactory(
                new AuditProperties.Aws(moto.endpoint(), Duration.ofSeconds(30), Duration.ofSeconds(10), 2, 4));
        session = new AccountSession(factory, MotoServer.credentials(), "us-east-1");
        createBucket(BUCKET);
    }

    @AfterEach
    void stop() {
        session.close();
        factory.close();
    }

    @Test
    void collectWhenTrailsAreSeededShouldReadShadowsStatusAndSelectorsFromTheHomeRegion() {
        // given a logging multi-region trail and a stopped regional trail, both homed in us-east-1
        CloudTrailClient usEast1 = session.cloudTrail("us-east-1");
        usEast1.createTrail(r ->
                r.name("main").s3BucketName(BUCKET).isMultiRegionTrail(true).enableLogFileValidation(true));
        usEast1.startLogging(r -> r.name("main"));
        usEast1.putEventSelectors(r -> r.trailName("main")
                .advancedEventSelectors(
                        selector(field("eventCategory", "Management")),
                        selector(field("eventCategory", "Data"), field("resources.type", "AWS::S3::Object"))));
        usEast1.createTrail(r -> r.name("legacy").s3BucketName(BUCKET));
        usEast1.startLogging(r -> r.name("legacy"));
        usEast1.stopLogging(r -> r.name("legacy"));

        // when collected in eu-west-1 (only the multi-region shadow) and in us-east-1
        CloudTrailSnapshot euWest1 = collect("eu-west-1");
        CloudTrailSnapshot usEast1Snapshot = collect("us-east-1");

        // then
        assertThat(euWest1.trails().value()).singleElement().satisfies(main -> {
            assertThat(main.trailArn()).isEqualTo("arn:aws:cloudtrail:us-east-1:" + ACCOUNT + ":trail/main");
            assertThat(main.homeRegion()).isEqualTo("us-east-1");
            assertThat(main.multiRegion()).isTrue();
            assertThat(main.logFileValidationEnabled()).isTrue();
            assertThat(main.status().value().logging()).isTrue();
            assertThat(SelectorAnalysis.complete(
                            SelectorAnalysis.data(main.selectors().value(), SelectorAnalysis.S3_OBJECT)))
                    .isTrue();
        });
        assertThat(usEast1Snapshot.trails().value())
                .extracting(Trail::name, t -> t.status().value().logging())
                .containsExactlyInAnyOrder(tuple("main", true), tuple("legacy", false));
    }

    @Test
    void collectWhenTrailHasNoSelectorsShouldAcceptMotosEmptyAnswer() {
        // given moto shows no selectors for a trail given none (AWS shows the default selector)
        session.cloudTrail("eu-west-1").createTrail(r -> r.name("plain").s3BucketName(BUCKET));

        // when
        CloudTrailSnapshot snapshot = collect("eu-west-1");

        // then
        assertThat(snapshot.trails().value()).singleElement().satisfies(plain -> {
            assertThat(plain.status().value().logging()).isFalse();
            assertThat(plain.selectors().isOk()).isTrue();
            assertThat(SelectorAnalysis.management(plain.selectors().value())).isEmpty();
            assertThat(plain.insightSelectors().value()).isEmpty();
        });
    }

    @Test
    void collectWhenNoTrailExistsShouldListNoneAndKeepTheLakeAnswer() {
        // when
        CloudTrailSnapshot snapshot = collect("eu-west-1");

        // then moto lacks CloudTrail Lake (it answers HTTP 500): the reason is kept and the Lake check says UNKNOWN
        assertThat(snapshot.trails().value()).isEmpty();
        RegionSnapshot region = new RegionSnapshot("eu-west-1", null, snapshot, null, null, null, null, null, null);
        List<Verdict> lake = new LakeEventDataStoreCheck()
                .evaluate(CloudTrailFixtures.account(ACCOUNT, region), CloudTrailFixtures.organization());
        assertThat(snapshot.eventDataStores().isFailed()).isTrue();
        assertThat(lake).extracting(Verdict::status).containsExactly(Status.UNKNOWN);
        assertThat(lake.get(0).message())
                .startsWith(
                        "No event data store is known to record management events:" + " ListEventDataStores failed:");
    }

    private CloudTrailSnapshot collect(String region) {
        return new CloudTrailCollector().collect(new RegionScope(session, ACCOUNT, region, "aws", true, Set.of()));
    }

    private static AdvancedEventSelector selector(AdvancedFieldSelector... fields) {
        return AdvancedEventSelector.builder().fieldSelectors(List.of(fields)).build();
    }

    private static AdvancedFieldSelector field(String name, String value) {
        return AdvancedFieldSelector.builder().field(name).equalsValue(value).build();
    }

    /** The build has no S3 client; moto accepts a plain path-style CreateBucket. */
    private void createBucket(String name) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(moto.endpoint() + "/" + name))
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
