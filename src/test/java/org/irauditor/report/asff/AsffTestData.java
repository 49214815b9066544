package org.irauditor.report.asff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.irauditor.audit.AccountCheck;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Phase;
import org.irauditor.core.Question;
import org.irauditor.core.Remediation;
import org.irauditor.core.Resource;
import org.irauditor.core.Scope;
import org.irauditor.core.Severity;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.report.AuditReport;
import org.irauditor.report.RunInfo;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/** Synthetic checks, results and reports for the ASFF, OCSF and import tests. */
public final class AsffTestData {

    public static final String REGIONAL = "cloudtrail.region-coverage";
    public static final String ACCOUNT_LEVEL = "contact.security-contact";
    public static final String TRAIL_CHECK = "cloudtrail.log-file-validation";
    public static final String MEMBER = "111111111111";
    public static final String OTHER = "222222222222";
    public static final String TRAIL_ARN = "arn:aws:cloudtrail:eu-west-1:111111111111:trail/org-trail";

    private AsffTestData() {}

    public static CheckCatalog catalog() {
        return CheckCatalog.of(
                List.of(
                        metadata(REGIONAL, Scope.REGION, Severity.HIGH),
                        metadata(ACCOUNT_LEVEL, Scope.ACCOUNT, Severity.LOW),
                        metadata(TRAIL_CHECK, Scope.REGION, Severity.MEDIUM)),
                List.of(
                        new TinyRegionalCheck(REGIONAL),
                        new TinyAccountCheck(ACCOUNT_LEVEL),
                        new TinyRegionalCheck(TRAIL_CHECK)));
    }

    public static CheckMetadata metadata(String id, Scope scope, Severity severity) {
        return new CheckMetadata(
                id,
                "Title of " + id,
                "CloudTrail",
                scope,
                severity,
                Phase.DETECT,
                List.of(Question.WHAT),
                1,
                "Description of " + id,
                new Remediation("Enable it.", "aws cloudtrail create-trail --name x", "https://docs.aws.amazon.com/x"),
                List.of("Software and Configuration Checks/AWS Security Best Practices/Logging"),
                List.of("SecurityHub CloudTrail.1", "CIS AWS Foundations Benchmark v3.0.0/3.1"));
    }

    public static CheckResult regional(String account, String region, Status status) {
        return new CheckResult(
                REGIONAL, account, region, null, status, "Message " + status + ".", Map.of("trails", "2"));
    }

    public static CheckResult accountLevel(String account, Status status) {
        return new CheckResult(
                ACCOUNT_LEVEL, account, CheckResult.GLOBAL, null, status, "Contact " + status + ".", Map.of());
    }

    public static CheckResult trail(String account, Status status) {
        return new CheckResult(
                TRAIL_CHECK,
                account,
                "eu-west-1",
                new Resource("AwsCloudTrailTrail", TRAIL_ARN),
                status,
                "Trail " + status + ".",
                Map.of("trail", TRAIL_ARN));
    }

    public static OrganizationSnapshot organization(String partition) {
        return new OrganizationSnapshot(
                "o-abc123",
                "999999999999",
                partition,
                "us-east-1",
                Instant.parse("2026-01-01T00:00:00Z"),
                List.of(
                        new OrgAccount(
                                MEMBER, "Workload A", "a@example.com", "ACTIVE", "ou-1", "Root/Prod", null, null),
                        new OrgAccount(OTHER, "Workload B", "b@example.com", "ACTIVE", "ou-2", "Root/Dev", null, null)),
                null,
                null,
                "r-root");
    }

    public static AuditReport report(String runId, Instant startedAt, List<CheckResult> results) {
        return report(runId, startedAt, results, "aws");
    }

    public static AuditReport report(String runId, Instant startedAt, List<CheckResult> results, String partition) {
        List<CheckResult> copy = new ArrayList<>(results);
        return new AuditReport(
                new RunInfo(runId, startedAt, null, "aws", "test", partition, "us-east-1", List.of("eu-west-1")),
                organization(partition),
                catalog(),
                copy::forEach,
                List.of(),
                null);
    }

    /** A fresh in-memory H2 database, as the job repository would be. */
    public static DataSource database() {
        return new EmbeddedDatabaseBuilder()
                .setType(EmbeddedDatabaseType.H2)
                .setName("history-" + UUID.randomUUID())
                .build();
    }

    private static final class TinyRegionalCheck implements RegionalCheck {
        private final String id;

        TinyRegionalCheck(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext org) {
            return List.of(Verdict.pass("ok"));
        }
    }

    private static final class TinyAccountCheck implements AccountCheck {
        private final String id;

        TinyAccountCheck(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<Verdict> evaluate(AccountSnapshot account, OrganizationContext org) {
            return List.of(Verdict.pass("ok"));
        }
    }
}
