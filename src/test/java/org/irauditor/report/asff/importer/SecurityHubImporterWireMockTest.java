package org.irauditor.report.asff.importer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Status;
import org.irauditor.report.AuditReport;
import org.irauditor.report.asff.AsffTestData;
import org.irauditor.report.asff.FindingHistory;
import org.irauditor.report.asff.FindingId;
import org.irauditor.report.asff.ReportFindings;
import org.irauditor.settings.AuditProperties;
import org.irauditor.settings.AuditProperties.ImportMode;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecurityHubImporterWireMockTest {

    private static final String IMPORT = "/findings/import";
    private static final Instant RUN = Instant.parse("2026-03-01T10:00:00Z");

    private WireMockServer wireMock;
    private AwsClientFactory factory;
    private AccountSession runner;
    private SecurityHubImporter importer;

    @BeforeEach
    void setUp() {
        wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wireMock.start();
        // one attempt per call, so that the importer's own retry of a throttled batch is what is tested
        factory = new AwsClientFactory(new AuditProperties.Aws(
                URI.create("http://127.0.0.1:" + wireMock.port()),
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                1,
                4));
        runner = new AccountSession(factory, MotoServer.credentials(), "us-east-1");
        importer = new SecurityHubImporter(
                new ReportFindings(new FindingHistory(AsffTestData.database())),
                new AuditProperties.SecurityHubImport(true, ImportMode.CENTRAL, null),
                Duration.ofMillis(1));
    }

    @AfterEach
    void tearDown() {
        runner.close();
        factory.close();
        wireMock.stop();
    }

    @Test
    void importWhenSecurityHubRefusesTwoFindingsShouldCountAndListThem() {
        // given
        List<CheckResult> results = List.of(
                AsffTestData.regional(AsffTestData.MEMBER, "eu-west-1", Status.FAIL),
                AsffTestData.trail(AsffTestData.MEMBER, Status.FAIL),
                AsffTestData.accountLevel(AsffTestData.MEMBER, Status.FAIL));
        String first = FindingId.of(results.get(0));
        String second = FindingId.of(results.get(1));
        wireMock.stubFor(post(urlEqualTo(IMPORT))
                .withRequestBody(containing("securityhub:us-east-1"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"FailedCount\":0,\"SuccessCount\":1,\"FailedFindings\":[]}")));
        wireMock.stubFor(post(urlEqualTo(IMPORT))
                .withRequestBody(containing("securityhub:eu-west-1"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"FailedCount\":2,\"SuccessCount\":0,\"FailedFindings\":["
                                + "{\"Id\":\"" + first + "\",\"ErrorCode\":\"InvalidInput\",\"ErrorMessage\":\"bad\"},"
                                + "{\"Id\":\"" + second
                                + "\",\"ErrorCode\":\"AccessDenied\",\"ErrorMessage\":\"no\"}]}")));

        // when: the regional findings go to eu-west-1 and the account-level one to us-east-1, two calls
        ImportReport report = importer.importFindings(AsffTestData.report("run-1", RUN, results), scope(), sessions());

        // then
        assertThat(report.sent()).isEqualTo(3);
        assertThat(report.failed())
                .containsExactly(
                        new ImportReport.FailedFinding(first, "InvalidInput", "bad"),
                        new ImportReport.FailedFinding(second, "AccessDenied", "no"));
        assertThat(report.succeeded()).isEqualTo(1);
        assertThat(report.succeeded()).isEqualTo(1);
        assertThat(report.complete()).isFalse();
        wireMock.verify(2, postRequestedFor(urlEqualTo(IMPORT)));
        wireMock.verify(2, postRequestedFor(urlEqualTo(IMPORT)));
    }

    @Test
    void importWhenThrottledThenAcceptedShouldRetryAndSucceed() {
        // given
        wireMock.stubFor(post(urlEqualTo(IMPORT))
                .inScenario("throttle")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("x-amzn-ErrorType", "TooManyRequestsException")
                        .withBody("{\"message\":\"Rate exceeded\"}"))
                .willSetStateTo("400"));
        wireMock.stubFor(post(urlEqualTo(IMPORT))
                .inScenario("throttle")
                .whenScenarioStateIs("400")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("x-amzn-ErrorType", "ThrottlingException")
                        .withBody("{\"message\":\"Rate exceeded\"}"))
                .willSetStateTo("ok"));
        wireMock.stubFor(post(urlEqualTo(IMPORT))
                .inScenario("throttle")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"FailedCount\":0,\"SuccessCount\":1,\"FailedFindings\":[]}")));
        List<CheckResult> results = List.of(AsffTestData.regional(AsffTestData.MEMBER, "eu-west-1", Status.FAIL));

        // when
        ImportReport report = importer.importFindings(AsffTestData.report("run-1", RUN, results), scope(), sessions());

        // then
        assertThat(report.succeeded()).isEqualTo(1);
        assertThat(report.failed()).isEmpty();
        wireMock.verify(3, postRequestedFor(urlEqualTo(IMPORT)));
    }

    @Test
    void importWhenThrottlingNeverEndsShouldReportTheBatchAsFailed() {
        // given
        wireMock.stubFor(post(urlEqualTo(IMPORT))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("x-amzn-ErrorType", "TooManyRequestsException")
                        .withBody("{\"message\":\"Rate exceeded\"}")));
        CheckResult result = AsffTestData.regional(AsffTestData.MEMBER, "eu-west-1", Status.FAIL);

        // when
        ImportReport report =
                importer.importFindings(AsffTestData.report("run-1", RUN, List.of(result)), scope(), sessions());

        // then
        assertThat(report.failed())
                .extracting(ImportReport.FailedFinding::id, ImportReport.FailedFinding::errorCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingId.of(result), "TooManyRequestsException"));
        wireMock.verify(FindingSender.MAX_THROTTLED_ATTEMPTS, postRequestedFor(urlEqualTo(IMPORT)));
    }

    @Test
    void importWhenMoreThanOneHundredFindingsShouldSendBatchesOfAtMostOneHundred() {
        // given
        wireMock.stubFor(post(urlEqualTo(IMPORT))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"FailedCount\":0,\"SuccessCount\":100,\"FailedFindings\":[]}")));
        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            results.add(new CheckResult(
                    AsffTestData.TRAIL_CHECK,
                    AsffTestData.MEMBER,
                    "eu-west-1",
                    new org.irauditor.core.Resource("AwsCloudTrailTrail", AsffTestData.TRAIL_ARN + i),
                    Status.FAIL,
                    "Trail FAIL.",
                    Map.of()));
        }

        // when
        ImportReport report = importer.importFindings(AsffTestData.report("run-1", RUN, results), scope(), sessions());

        // then
        assertThat(report.sent()).isEqualTo(250);
        wireMock.verify(3, postRequestedFor(urlEqualTo(IMPORT)));
    }

    @Test
    void importWhenFindingBreaksALimitShouldReportItWithoutSendingIt() {
        // given a result whose account id cannot be an ASFF AwsAccountId (the catalogue itself is valid)
        AuditReport report =
                AsffTestData.report("run-1", RUN, List.of(AsffTestData.regional("22222", "eu-west-1", Status.FAIL)));

        // when
        ImportReport result = importer.importFindings(report, scope(), sessions());

        // then
        assertThat(result.failed())
                .extracting(ImportReport.FailedFinding::errorCode)
                .containsExactly(SecurityHubImporter.INVALID_FINDING);
        assertThat(result.failed().get(0).errorMessage()).contains("AwsAccountId");
        wireMock.verify(0, postRequestedFor(urlEqualTo(IMPORT)));
    }

    @Test
    void importWhenDisabledShouldSendNothing() {
        // given
        SecurityHubImporter off = new SecurityHubImporter(
                new ReportFindings(new FindingHistory(AsffTestData.database())),
                new AuditProperties.SecurityHubImport(false, ImportMode.CENTRAL, null),
                Duration.ofMillis(1));

        // when
        ImportReport report = off.importFindings(
                AsffTestData.report("run-1", RUN, List.of(AsffTestData.accountLevel(AsffTestData.MEMBER, Status.FAIL))),
                scope(),
                sessions());

        // then
        assertThat(report).isEqualTo(ImportReport.disabled());
        wireMock.verify(0, postRequestedFor(urlEqualTo(IMPORT)));
    }

    private static ImportScope scope() {
        return new ImportScope(
                Map.of(AsffTestData.MEMBER, Set.of("eu-west-1")),
                Set.of(AsffTestData.REGIONAL, AsffTestData.ACCOUNT_LEVEL, AsffTestData.TRAIL_CHECK));
    }

    private SessionProvider sessions() {
        return new SessionProvider() {
            @Override
            public AccountSession runner() {
                return runner;
            }

            @Override
            public String runnerAccountId() {
                return MotoServer.DEFAULT_ACCOUNT;
            }

            @Override
            public AccountSession forAccount(String accountId) {
                throw new IllegalStateException("the central mode uses the runner's credentials only");
            }
        };
    }
}
