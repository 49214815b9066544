package org.irauditor.collection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.audit.CheckEvaluator;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.SkippedRegion;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RoleSessions;
import org.irauditor.awsconfig.ConfigCollector;
import org.irauditor.cloudtrail.CloudTrailCollector;
import org.irauditor.contact.ContactCollector;
import org.irauditor.core.CheckResult;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.detective.DetectiveCollector;
import org.irauditor.flowlogs.FlowLogsCollector;
import org.irauditor.guardduty.GuardDutyCollector;
import org.irauditor.incidentresponse.IncidentResponseCollector;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.routing.RoutingCollector;
import org.irauditor.securityhub.SecurityHubCollector;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.AllChecks;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account collector through the real SDK against a stub AWS: regions the account has not opted in to are
 * skipped and listed once; an enabled region that refuses the session's token yields UNKNOWN results with the
 * error code, never FAIL; a denied AssumeRole makes only that account inaccessible.
 */
class AwsAccountCollectorRegionsTest {

    private static final String MEMBER = "444455556666";
    private static final String SECURITY = "777788889999";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneOffset.UTC);

    private final WireMockServer aws =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final ExecutorService regions = Executors.newFixedThreadPool(2);
    private AwsClientFactory factory;
    private RoleSessions sessions;

    @BeforeEach
    void start() {
        aws.start();
        AuditProperties.Aws settings = new AuditProperties.Aws(
                URI.create(aws.baseUrl()), java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(5), 1, 8);
        factory = new AwsClientFactory(settings);
        sessions = new RoleSessions(
                factory,
                new AuditProperties.Role(
                        "IRReadinessAuditRole", null, "ir-readiness-auditor", java.time.Duration.ofHours(1)),
                "us-east-1",
                MotoServer.credentials());
    }

    @AfterEach
    void stop() {
        sessions.close();
        factory.close();
        regions.shutdownNow();
        aws.stop();
    }

    @Test
    void collectWhenRegionNotOptedInShouldSkipItAndWhenTokenRefusedShouldBeUnknown() {
        // given the role can be assumed, me-south-1 is not opted in, af-south-1 is but refuses the token
        stubAssumeRole();
        stubRegions();
        aws.stubFor(any(anyUrl())
                .withHeader("Authorization", containing("/af-south-1/"))
                .atPriority(2)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("x-amzn-ErrorType", "UnrecognizedClientException")
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"UnrecognizedClientException\","
                                + "\"message\":\"The security token included in the request is invalid.\"}")));

        // when
        AccountSnapshot snapshot =
                collector(List.of("me-south-1", "af-south-1")).collect(member(), organization());

        // then me-south-1 is listed once as not enabled and never audited
        assertThat(snapshot.accessError()).isNull();
        assertThat(snapshot.skippedRegions())
                .containsExactly(new SkippedRegion("me-south-1", RegionSelection.NOT_ENABLED));
        assertThat(snapshot.regions()).extracting(r -> r.region()).containsExactly("af-south-1");

        // and every regional check in af-south-1 is UNKNOWN, none FAIL or PASS
        CheckCatalog catalog = AllChecks.catalog();
        List<CheckResult> results = new CheckEvaluator(catalog)
                .evaluateAccount(snapshot, new OrganizationContext(organization(), List.of(snapshot)));
        List<CheckResult> regional =
                results.stream().filter(r -> r.region().equals("af-south-1")).toList();
        assertThat(regional).isNotEmpty();
        assertThat(regional)
                .filteredOn(r -> r.status() != Status.NOT_APPLICABLE)
                .allSatisfy(r -> assertThat(r.status())
                        .as(r.checkId() + ": " + r.message())
                        .isEqualTo(Status.UNKNOWN));
        assertThat(regional)
                .filteredOn(r -> r.checkId().equals("cloudtrail.region-coverage"))
                .extracting(CheckResult::message)
                .allMatch(m -> m.contains("UnrecognizedClientException"));
        assertThat(results).noneMatch(r -> r.region().equals("me-south-1"));
    }

    @Test
    void collectWhenAssumeRoleIsDeniedShouldMarkOnlyThatAccountInaccessible() {
        // given
        aws.stubFor(post(urlEqualTo("/"))
                .withRequestBody(containing("Action=AssumeRole"))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "text/xml")
                        .withBody("<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>"
                                + "<Message>not authorized to perform sts:AssumeRole</Message></Error>"
                                + "<RequestId>1</RequestId></ErrorResponse>")));

        // when
        AccountSnapshot snapshot = collector(List.of()).collect(member(), organization());

        // then
        assertThat(snapshot.accessError()).isNotNull();
        assertThat(snapshot.accessError().kind()).isEqualTo(ErrorKind.ASSUME_ROLE_FAILED);
        assertThat(snapshot.accessError().code()).isEqualTo("AccessDenied");
        assertThat(snapshot.regions()).isEmpty();
    }

    private AwsAccountCollector collector(List<String> allowedRegions) {
        AwsAccountCollector.ServiceCollectors collectors = new AwsAccountCollector.ServiceCollectors(
                new CloudTrailCollector(),
                new ConfigCollector(),
                new SecurityHubCollector(),
                new DetectiveCollector(),
                new GuardDutyCollector(),
                new FlowLogsCollector(),
                new RoutingCollector(),
                new ContactCollector(),
                new IncidentResponseCollector());
        return new AwsAccountCollector(
                sessions, new RegionSelection(allowedRegions, List.of()), collectors, regions, CLOCK);
    }

    private void stubAssumeRole() {
        aws.stubFor(
                post(urlEqualTo("/"))
                        .withRequestBody(containing("Action=AssumeRole"))
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "text/xml")
                                        .withBody(
                                                "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                                                        + "<AssumeRoleResult><Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId>"
                                                        + "<SecretAccessKey>example-secret</SecretAccessKey>"
                                                        + "<SessionToken>example-token</SessionToken>"
                                                        + "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>"
                                                        + "<AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:ir-readiness-auditor</AssumedRoleId>"
                                                        + "<Arn>arn:aws:sts::" + MEMBER
                                                        + ":assumed-role/IRReadinessAuditRole/ir-readiness-auditor"
                                                        + "</Arn></AssumedRoleUser></AssumeRoleResult>"
                                                        + "<ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></AssumeRoleResponse>")));
    }

    private void stubRegions() {
        aws.stubFor(post(urlEqualTo("/"))
                .withRequestBody(containing("Action=DescribeRegions"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/xml")
                        .withBody("<DescribeRegionsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                                + "<requestId>1</requestId><regionInfo>"
                                + region("us-east-1", "opt-in-not-required")
                                + region("me-south-1", "not-opted-in")
                                + region("af-south-1", "opted-in")
                                + "</regionInfo></DescribeRegionsResponse>")));
    }

    private static String region(String name, String optIn) {
        return "<item><regionName>" + name + "</regionName><regionEndpoint>ec2." + name + ".amazonaws.com"
                + "</regionEndpoint><optInStatus>" + optIn + "</optInStatus></item>";
    }

    private static OrgAccount member() {
        return new OrgAccount(MEMBER, "payments-prod", null, "ACTIVE", "ou-1", "Root/Prod", null, null);
    }

    private static OrganizationSnapshot organization() {
        return new OrganizationSnapshot(
                "o-example",
                "111122223333",
                "aws",
                "us-east-1",
                CLOCK.instant(),
                List.of(member()),
                Outcome.ok(List.of(
                        new DelegatedAdmin("securityhub.amazonaws.com", SECURITY),
                        new DelegatedAdmin("guardduty.amazonaws.com", SECURITY),
                        new DelegatedAdmin("detective.amazonaws.com", SECURITY))),
                Outcome.ok(List.of("securityhub.amazonaws.com", "guardduty.amazonaws.com", "detective.amazonaws.com")),
                "r-root");
    }
}
