package org.irauditor.testing;

import static org.irauditor.testing.SyntheticAudit.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Phase;
import org.irauditor.core.Question;
import org.irauditor.core.Resource;
import org.irauditor.core.Scope;
import org.irauditor.core.Severity;
import org.irauditor.core.Status;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.report.AuditReport;
import org.irauditor.report.NotAssessed;
import org.irauditor.report.ResultFiles;
import org.irauditor.scoring.ScoreCalculator;
import org.irauditor.settings.AuditProperties;

/** A small audited organization for report tests, including an account whose name looks like a formula. */
public final class SampleRun {

    public static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"x\")";

    public static final CheckCatalog CATALOG = SyntheticAudit.catalog(List.of(
            check(
                    "cloudtrail.region-coverage",
                    "CloudTrail",
                    Scope.REGION,
                    Severity.CRITICAL,
                    Phase.DETECT,
                    1,
                    Question.WHAT),
            check("guardduty.detector", "GuardDuty", Scope.REGION, Severity.HIGH, Phase.DETECT, 2, Question.WHAT),
            check(
                    "detective.membership",
                    "Detective",
                    Scope.ACCOUNT,
                    Severity.MEDIUM,
                    Phase.INVESTIGATE,
                    3,
                    Question.HOW_FAR),
            check("contact.security", "Account", Scope.ACCOUNT, Severity.LOW, Phase.TRIAGE, 1, Question.WHO)));

    public static final OrganizationSnapshot ORGANIZATION = SyntheticAudit.organization(
            "aws",
            List.of(
                    SyntheticAudit.account("111111111111", "management", "Root", Map.of("Owner", "platform")),
                    SyntheticAudit.account(
                            "222222222222", FORMULA_NAME, "Root/Workloads", Map.of("Owner", "=1+1", "Team", "web")),
                    SyntheticAudit.account("333333333333", "sandbox", "Root/Sandbox", Map.of())));

    public static final List<NotAssessed> NOT_ASSESSED = List.of(
            new NotAssessed("444444444444", "closed", "Root", "global", "Account state is SUSPENDED"),
            new NotAssessed("111111111111", "management", "Root", "ap-east-1", "Region not enabled for the account"));

    private SampleRun() {}

    /** The results of a run in which 222 fails CloudTrail in eu-west-1 and 333 could not be read. */
    public static List<CheckResult> results() {
        return List.of(
                result("cloudtrail.region-coverage", "111111111111", "us-east-1", Status.PASS),
                result("cloudtrail.region-coverage", "111111111111", "eu-west-1", Status.PASS),
                result("guardduty.detector", "111111111111", "us-east-1", Status.PASS),
                result("guardduty.detector", "111111111111", "eu-west-1", Status.PASS),
                result("detective.membership", "111111111111", "global", Status.FAIL),
                result("contact.security", "111111111111", "global", Status.PASS),
                result("cloudtrail.region-coverage", "222222222222", "us-east-1", Status.PASS),
                new CheckResult(
                        "cloudtrail.region-coverage",
                        "222222222222",
                        "eu-west-1",
                        new Resource("AwsCloudTrailTrail", "arn:aws:cloudtrail:eu-west-1:222222222222:trail/main"),
                        Status.FAIL,
                        FORMULA_NAME,
                        evidence("trail", "=cmd|' /C calc'!A0", "isLogging", "false")),
                result("guardduty.detector", "222222222222", "us-east-1", Status.NOT_APPLICABLE),
                result("guardduty.detector", "222222222222", "eu-west-1", Status.UNKNOWN),
                result("detective.membership", "222222222222", "global", Status.PASS),
                result("contact.security", "222222222222", "global", Status.PASS),
                result("cloudtrail.region-coverage", "333333333333", "us-east-1", Status.UNKNOWN),
                result("detective.membership", "333333333333", "global", Status.UNKNOWN));
    }

    private static Map<String, String> evidence(String... keysAndValues) {
        Map<String, String> evidence = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            evidence.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return evidence;
    }

    public static CheckResult result(String checkId, String accountId, String region, Status status) {
        return SyntheticAudit.result(checkId, accountId, region, status);
    }

    /** Stores the results as the run's result file and scores them into the canonical model. */
    public static AuditReport report(Path runDirectory, Instant startedAt, List<CheckResult> results)
            throws IOException {
        Path file = runDirectory.resolve(ResultFiles.FILE_NAME);
        try (ResultFiles.Appender out = ResultFiles.append(file)) {
            results.forEach(out);
        }
        AuditProperties properties = SyntheticAudit.properties(Map.of());
        var source = ResultFiles.source(file);
        var scores = new ScoreCalculator(properties.scoring()).calculate(CATALOG, ORGANIZATION, source, NOT_ASSESSED);
        return new AuditReport(
                SyntheticAudit.run(runDirectory.getFileName().toString(), startedAt),
                ORGANIZATION,
                CATALOG,
                source,
                NOT_ASSESSED,
                scores);
    }
}
