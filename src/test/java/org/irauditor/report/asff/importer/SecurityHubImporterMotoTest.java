package org.irauditor.report.asff.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

class SecurityHubImporterMotoTest {

    private static final String RUNNER = MotoServer.DEFAULT_ACCOUNT;
    private static final String REGION = "eu-west-1";
    private static final Instant RUN_1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant RUN_2 = Instant.parse("2026-03-02T10:00:00Z");

    private AwsClientFactory factory;
    private AccountSession runner;
    private ReportFindings findings;

    @BeforeEach
    void setUp() {
        MotoServer moto = MotoServer.get();
        factory = new AwsClientFactory(
                new AuditProperties.Aws(moto.endpoint(), Duration.ofSeconds(30), Duration.ofSeconds(10), 3, 8));
        runner = new AccountSession(factory, MotoServer.credentials(), "us-east-1");
        findings = new ReportFindings(new FindingHistory(AsffTestData.database()));
    }

    @AfterEach
    void tearDown() {
        runner.close();
        factory.close();
    }

    @Test
    void importWhenRunTwiceShouldUpdateTheSameFindingsKeepingCreatedAt() {
        // given
        runner.securityHub(REGION).enableSecurityHub(r -> r.enableDefaultStandards(false));
        List<CheckResult> results = List.of(
                AsffTestData.regional(AsffTestData.MEMBER, REGION, Status.FAIL),
                AsffTestData.trail(AsffTestData.MEMBER, Status.FAIL));
        SecurityHubImporter importer = importer(ImportMode.CENTRAL);

        // when
        ImportReport first =
                importer.importFindings(report("run-1", RUN_1, results), scope(AsffTestData.MEMBER), central());
        ImportReport second =
                importer.importFindings(report("run-2", RUN_2, results), scope(AsffTestData.MEMBER), central());

        // then
        assertThat(first.succeeded()).isEqualTo(2);
        assertThat(second.succeeded()).isEqualTo(2);
        assertThat(second.failed()).isEmpty();
        Map<String, AwsSecurityFinding> stored = stored(runner, REGION);
        assertThat(stored).containsOnlyKeys(FindingId.of(results.get(0)), FindingId.of(results.get(1)));
        stored.values().forEach(f -> {
            assertThat(f.createdAt()).isEqualTo("2026-03-01T10:00:00Z");
            assertThat(f.updatedAt()).isEqualTo("2026-03-02T10:00:00Z");
            assertThat(f.awsAccountId()).isEqualTo(RUNNER);
            assertThat(f.productArn())
                    .isEqualTo("arn:aws:securityhub:eu-west-1:" + RUNNER + ":product/" + RUNNER + "/default");
            assertThat(f.resources()).extracting(r -> r.id()).contains("AWS::::Account:" + AsffTestData.MEMBER);
        });
    }

    @Test
    void importWhenGapIsFixedBetweenRunsShouldResolveItsFinding() {
        // given
        runner.securityHub(REGION).enableSecurityHub(r -> r.enableDefaultStandards(false));
        SecurityHubImporter importer = importer(ImportMode.CENTRAL);
        CheckResult failing = AsffTestData.regional(AsffTestData.MEMBER, REGION, Status.FAIL);
        importer.importFindings(report("run-1", RUN_1, List.of(failing)), scope(AsffTestData.MEMBER), central());

        // when
        CheckResult fixed = AsffTestData.regional(AsffTestData.MEMBER, REGION, Status.PASS);
        importer.importFindings(report("run-2", RUN_2, List.of(fixed)), scope(AsffTestData.MEMBER), central());

        // then
        AwsSecurityFinding finding = stored(runner, REGION).get(FindingId.of(fixed));
        assertThat(finding.compliance().statusAsString()).isEqualTo("PASSED");
        assertThat(finding.recordStateAsString()).isEqualTo("ACTIVE");
    }

    @Test
    void importWhenRunIsScopedToOneAccountShouldArchiveOnlyItsGoneFindings() {
        // given: run 1 audits two accounts
        runner.securityHub(REGION).enableSecurityHub(r -> r.enableDefaultStandards(false));
        SecurityHubImporter importer = importer(ImportMode.CENTRAL);
        CheckResult memberTrail = AsffTestData.trail(AsffTestData.MEMBER, Status.FAIL);
        CheckResult memberRegion = AsffTestData.regional(AsffTestData.MEMBER, REGION, Status.FAIL);
        CheckResult otherRegion = AsffTestData.regional(AsffTestData.OTHER, REGION, Status.FAIL);
        importer.importFindings(
                report("run-1", RUN_1, List.of(memberTrail, memberRegion, otherRegion)),
                new ImportScope(
                        Map.of(AsffTestData.MEMBER, Set.of(REGION), AsffTestData.OTHER, Set.of(REGION)), checkIds()),
                central());

        // when: run 2 audits only the member, whose trail is gone
        ImportReport second = importer.importFindings(
                report("run-2", RUN_2, List.of(memberRegion)), scope(AsffTestData.MEMBER), central());

        // then
        assertThat(second.archived()).isEqualTo(1);
        Map<String, AwsSecurityFinding> stored = stored(runner, REGION);
        assertThat(stored.get(FindingId.of(memberTrail)).recordStateAsString()).isEqualTo("ARCHIVED");
        assertThat(stored.get(FindingId.of(memberRegion)).recordStateAsString()).isEqualTo("ACTIVE");
        AwsSecurityFinding untouched = stored.get(FindingId.of(otherRegion));
        assertThat(untouched.recordStateAsString()).isEqualTo("ACTIVE");
        assertThat(untouched.updatedAt()).isEqualTo("2026-03-01T10:00:00Z");
        ImportReport third = importer.importFindings(
                report("run-3", RUN_2.plusSeconds(86_400), List.of(memberRegion)),
                scope(AsffTestData.MEMBER),
                central());
        assertThat(third.archived()).isZero();
        assertThat(third.sent()).isEqualTo(1);
    }

    @Test
    void importWhenRegionIsOutsideTheScopeShouldLeaveItsFindingAlone() {
        // given
        runner.securityHub(REGION).enableSecurityHub(r -> r.enableDefaultStandards(false));
        SecurityHubImporter importer = importer(ImportMode.CENTRAL);
        CheckResult memberRegion = AsffTestData.regional(AsffTestData.MEMBER, REGION, Status.FAIL);
        importer.importFindings(report("run-1", RUN_1, List.of(memberRegion)), scope(AsffTestData.MEMBER), central());

        // when: run 2 audits the member in another region only
        ImportReport second = importer.importFindings(
                report("run-2", RUN_2, List.of()),
                new ImportScope(Map.of(AsffTestData.MEMBER, Set.of("us-east-1")), checkIds()),
                central());

        // then
        assertThat(second.archived()).isZero();
        assertThat(stored(runner, REGION).get(FindingId.of(memberRegion)).recordStateAsString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void importWhenCentralRegionIsConfiguredShouldImportEveryFindingThere() {
        // given
        runner.securityHub("us-east-1").enableSecurityHub(r -> r.enableDefaultStandards(false));
        SecurityHubImporter importer = new SecurityHubImporter(
                findings,
                new AuditProperties.SecurityHubImport(true, ImportMode.CENTRAL, "us-east-1"),
                Duration.ofMillis(1));
        CheckResult result = AsffTestData.regional(AsffTestData.MEMBER, REGION, Status.FAIL);

        // when
        importer.importFindings(report("run-1", RUN_1, List.of(result)), scope(AsffTestData.MEMBER), central());

        // then
        AwsSecurityFinding stored = stored(runner, "us-east-1").get(FindingId.of(result));
        assertThat(stored.productArn())
                .isEqualTo("arn:aws:securityhub:us-east-1:" + RUNNER + ":product/" + RUNNER + "/default");
        assertThat(stored.resources().get(0).region()).isEqualTo(REGION);
        assertThat(stored(runner, REGION)).isEmpty();
    }

    @Test
    void importWhenMemberModeShouldImportEachFindingInItsOwnAccount() {
        // given
        StsClient sts = factory.build(StsClient.builder(), MotoServer.credentials(), "us-east-1");
        Function<String, AccountSession> assume =
                account -> new AccountSession(factory, assumed(sts, account), "us-east-1");
        try (AccountSession member = assume.apply(AsffTestData.MEMBER);
                AccountSession other = assume.apply(AsffTestData.OTHER)) {
            member.securityHub(REGION).enableSecurityHub(r -> r.enableDefaultStandards(false));
            other.securityHub(REGION).enableSecurityHub(r -> r.enableDefaultStandards(false));
            CheckResult memberResult = AsffTestData.regional(AsffTestData.MEMBER, REGION, Status.FAIL);
            CheckResult otherResult = AsffTestData.regional(AsffTestData.OTHER, REGION, Status.PASS);
            SessionProvider sessions = new SessionProvider() {
                @Override
                public AccountSession runner() {
                    return runner;
                }

                @Override
                public String runnerAccountId() {
                    return RUNNER;
                }

                @Override
                public AccountSession forAccount(String accountId) {
                    return assume.apply(accountId);
                }
            };

            // when
            ImportReport report = importer(ImportMode.MEMBER)
                    .importFindings(
                            report("run-1", RUN_1, List.of(memberResult, otherResult)),
                            new ImportScope(
                                    Map.of(AsffTestData.MEMBER, Set.of(REGION), AsffTestData.OTHER, Set.of(REGION)),
                                    checkIds()),
                            sessions);

            // then
            assertThat(report.succeeded()).isEqualTo(2);
            assertThat(stored(member, REGION)).containsOnlyKeys(FindingId.of(memberResult));
            assertThat(stored(member, REGION).get(FindingId.of(memberResult)).awsAccountId())
                    .isEqualTo(AsffTestData.MEMBER);
            assertThat(stored(other, REGION)).containsOnlyKeys(FindingId.of(otherResult));
            assertThat(stored(runner, REGION)).isEmpty();
        } finally {
            sts.close();
        }
    }

    private SecurityHubImporter importer(ImportMode mode) {
        return new SecurityHubImporter(
                findings, new AuditProperties.SecurityHubImport(true, mode, null), Duration.ofMillis(1));
    }

    private static AuditReport report(String runId, Instant startedAt, List<CheckResult> results) {
        return AsffTestData.report(runId, startedAt, results);
    }

    private static ImportScope scope(String account) {
        return new ImportScope(Map.of(account, Set.of(REGION)), checkIds());
    }

    private static Set<String> checkIds() {
        return Set.of(AsffTestData.REGIONAL, AsffTestData.ACCOUNT_LEVEL, AsffTestData.TRAIL_CHECK);
    }

    private SessionProvider central() {
        return new SessionProvider() {
            @Override
            public AccountSession runner() {
                return runner;
            }

            @Override
            public String runnerAccountId() {
                return RUNNER;
            }

            @Override
            public AccountSession forAccount(String accountId) {
                throw new IllegalStateException("the central mode uses the runner's credentials only");
            }
        };
    }

    private static AwsCredentialsProvider assumed(StsClient sts, String account) {
        return StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(r -> r.roleArn("arn:aws:iam::" + account + ":role/IRReadinessAuditRole")
                        .roleSessionName("ir-readiness-auditor"))
                .build();
    }

    private static Map<String, AwsSecurityFinding> stored(AccountSession session, String region) {
        return session.securityHub(region).getFindings(r -> r.maxResults(100)).findings().stream()
                .collect(Collectors.toMap(AwsSecurityFinding::id, f -> f));
    }
}
