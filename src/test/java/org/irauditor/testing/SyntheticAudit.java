package org.irauditor.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irauditor.audit.AccountCheck;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.audit.OrganizationCheck;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Phase;
import org.irauditor.core.Question;
import org.irauditor.core.Remediation;
import org.irauditor.core.Scope;
import org.irauditor.core.Severity;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.report.ResultSource;
import org.irauditor.report.RunInfo;
import org.irauditor.settings.AuditProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Builds synthetic catalogues, organizations and results for scoring and report tests, without any check bean. */
public final class SyntheticAudit {

    private SyntheticAudit() {}

    /** Metadata of a check with the given traits and placeholder texts. */
    public static CheckMetadata check(
            String id, String service, Scope scope, Severity severity, Phase phase, int level, Question... questions) {
        return new CheckMetadata(
                id,
                "Title of " + id,
                service,
                scope,
                severity,
                phase,
                List.of(questions),
                level,
                "Description of " + id,
                new Remediation(
                        "Enable " + service,
                        "aws " + service.toLowerCase() + " enable",
                        "https://docs.aws.example/" + id),
                List.of("Software and Configuration Checks/AWS Security Best Practices"),
                List.of());
    }

    /** A catalogue of the given metadata, each joined with a check implementation of the right scope. */
    public static CheckCatalog catalog(List<CheckMetadata> metadata) {
        return CheckCatalog.of(
                metadata, metadata.stream().map(SyntheticAudit::implementation).toList());
    }

    private static org.irauditor.audit.Check implementation(CheckMetadata metadata) {
        String id = metadata.id();
        Verdict verdict = Verdict.pass("ok");
        return switch (metadata.scope()) {
            case REGION ->
                new RegionalCheck() {
                    @Override
                    public String id() {
                        return id;
                    }

                    @Override
                    public List<Verdict> evaluate(
                            org.irauditor.audit.RegionSnapshot region,
                            org.irauditor.audit.AccountSnapshot account,
                            org.irauditor.audit.OrganizationContext organization) {
                        return List.of(verdict);
                    }
                };
            case ACCOUNT ->
                new AccountCheck() {
                    @Override
                    public String id() {
                        return id;
                    }

                    @Override
                    public List<Verdict> evaluate(
                            org.irauditor.audit.AccountSnapshot account,
                            org.irauditor.audit.OrganizationContext organization) {
                        return List.of(verdict);
                    }
                };
            case ORGANIZATION ->
                new OrganizationCheck() {
                    @Override
                    public String id() {
                        return id;
                    }

                    @Override
                    public List<Verdict> evaluate(org.irauditor.audit.OrganizationContext organization) {
                        return List.of(verdict);
                    }
                };
        };
    }

    public static OrgAccount account(String id, String name, String ouPath, Map<String, String> tags) {
        return new OrgAccount(id, name, id + "@example.com", OrgAccount.ACTIVE, "ou-" + id, ouPath, tags, null);
    }

    public static OrganizationSnapshot organization(String partition, List<OrgAccount> accounts) {
        return new OrganizationSnapshot(
                "o-example",
                accounts.get(0).id(),
                partition,
                "us-east-1",
                Instant.parse("2026-12-03T17:00:00Z"),
                accounts,
                null,
                null,
                "r-root");
    }

    public static CheckResult result(String checkId, String accountId, String region, Status status) {
        return new CheckResult(
                checkId, accountId, region, null, status, status + " for " + checkId, Map.of("region", region));
    }

    /** The settings with their defaults, overridden by the given {@code audit.*} properties. */
    public static AuditProperties properties(Map<String, String> overrides) {
        Map<String, String> source = new java.util.HashMap<>();
        overrides.forEach((key, value) -> source.put("audit." + key, value));
        return new Binder(new MapConfigurationPropertySource(source))
                .bindOrCreate("audit", Bindable.of(AuditProperties.class));
    }

    /** A run that started at the given time and took twelve minutes. */
    public static RunInfo run(String runId, Instant startedAt) {
        return new RunInfo(
                runId,
                startedAt,
                startedAt.plusSeconds(12 * 60 + 5),
                "sandbox",
                "0.1.0-test",
                "aws",
                "us-east-1",
                List.of("us-east-1", "eu-west-1"));
    }

    /** A source that walks the given results and counts its walks. */
    public static CountingSource source(List<CheckResult> results) {
        return new CountingSource(new ArrayList<>(results));
    }

    /** A result source over a list that counts how often it is walked. */
    public static final class CountingSource implements ResultSource {

        private final List<CheckResult> results;
        private int walks;

        private CountingSource(List<CheckResult> results) {
            this.results = results;
        }

        @Override
        public void forEach(java.util.function.Consumer<CheckResult> action) {
            walks++;
            results.forEach(action);
        }

        public int walks() {
            return walks;
        }
    }
}
