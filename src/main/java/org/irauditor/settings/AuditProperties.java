package org.irauditor.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code audit.*} setting, documented in {@code config/application.yml}. Defaults are declared here
 * once and pinned by a test.
 *
 * @param mode {@code aws} audits a real organization; {@code sandbox} audits the built-in sample organization
 */
@ConfigurationProperties("audit")
public record AuditProperties(
        @DefaultValue("aws") Mode mode,
        @DefaultValue Sandbox sandbox,
        @DefaultValue Role role,
        @DefaultValue Regions regions,
        @DefaultValue Accounts accounts,
        @DefaultValue Parallelism parallelism,
        @DefaultValue Aws aws,
        @DefaultValue Scoring scoring,
        @DefaultValue Reports reports,
        @DefaultValue Run run,
        @DefaultValue SecurityHubImport securityHubImport) {

    /** Where the audited organization comes from. */
    public enum Mode {
        AWS,
        SANDBOX
    }

    /**
     * @param organization the sample organization's definition
     * @param generatedAccounts when above zero, a generated organization of this many accounts replaces the
     *     definition (for benchmarks)
     * @param generatedRegions regions of each generated account
     * @param delayPerAccount an artificial pause per account, to watch or interrupt a sandbox run
     */
    public record Sandbox(
            @DefaultValue("classpath:sandbox/organization.yml")
            String organization,

            @DefaultValue("0") int generatedAccounts,

            @DefaultValue({"us-east-1", "eu-west-1", "ap-southeast-2"})
            List<String> generatedRegions,

            @DefaultValue("0s") Duration delayPerAccount) {}

    /**
     * @param name the role assumed in every account, created by the stack in the README
     * @param externalId the external id the role's trust policy requires, if any
     * @param sessionName the fixed session name that shows the auditor in each account's CloudTrail
     * @param duration how long each assumed-role session lasts (15 minutes to the role's maximum)
     */
    public record Role(
            @DefaultValue("IRReadinessAuditRole") String name,
            String externalId,
            @DefaultValue("ir-readiness-auditor") String sessionName,
            @DefaultValue("1h") Duration duration) {}

    /**
     * @param allow regions to audit (empty: every region enabled for the account)
     * @param deny regions never audited
     * @param home region for global calls (Organizations, STS, Account) and organization-level results
     */
    public record Regions(
            @DefaultValue({}) List<String> allow,
            @DefaultValue({}) List<String> deny,
            @DefaultValue("us-east-1") String home) {}

    /**
     * @param allow account ids to audit (empty: every account of the organization)
     * @param deny account ids never audited
     * @param ownerTags tag keys shown as owner columns in the workbook
     */
    public record Accounts(
            @DefaultValue({}) List<String> allow,
            @DefaultValue({}) List<String> deny,
            @DefaultValue({"Owner", "Team", "Environment"}) List<String> ownerTags) {}

    /**
     * @param accounts accounts audited at the same time
     * @param regions regions of one account collected at the same time
     */
    public record Parallelism(
            @DefaultValue("8") int accounts,
            @DefaultValue("4") int regions) {}

    /**
     * @param endpoint sends every AWS call to this endpoint instead of AWS (moto, LocalStack); empty for AWS
     * @param callTimeout the longest one API call may take, retries included
     * @param attemptTimeout the longest one attempt may take
     * @param maxAttempts attempts per call, throttling included (adaptive backoff between them)
     * @param maxConnections size of the one HTTP connection pool shared by every client
     */
    public record Aws(
            URI endpoint,
            @DefaultValue("60s") Duration callTimeout,
            @DefaultValue("20s") Duration attemptTimeout,
            @DefaultValue("6") int maxAttempts,
            @DefaultValue("64") int maxConnections) {}

    /**
     * @param severityWeights weight of a check by its severity
     * @param checkWeights weight of single checks, by check id, overriding their severity's weight
     * @param threshold an organization score below this (0 to 100) makes the exit code say so; 0 disables it
     */
    public record Scoring(
            @DefaultValue({}) Map<String, Integer> severityWeights,
            @DefaultValue({}) Map<String, Integer> checkWeights,
            @DefaultValue("0") double threshold) {}

    /**
     * @param directory where each run writes a new folder of reports
     * @param stateDirectory where the embedded job database, run work files and history live
     */
    public record Reports(
            @DefaultValue("reports") Path directory,
            @DefaultValue("reports/.state") Path stateDirectory) {}

    /**
     * @param resumeWithin an unfinished run (killed or failed) younger than this is resumed instead of starting
     *     a new one, re-auditing only the accounts it had not finished; 0 always starts afresh
     */
    public record Run(@DefaultValue("6h") Duration resumeWithin) {}

    /**
     * @param enabled sends the findings to Security Hub with BatchImportFindings after the reports are written
     * @param mode {@code central}: findings owned by the auditing account; {@code member}: each finding imported
     *     in its own account through the audit role
     * @param region the region the central mode imports every finding into; empty: each finding's own region
     */
    public record SecurityHubImport(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("central") ImportMode mode,
            String region) {}

    /** How findings reach Security Hub. */
    public enum ImportMode {
        CENTRAL,
        MEMBER
    }
}
