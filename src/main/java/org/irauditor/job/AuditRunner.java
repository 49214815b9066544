package org.irauditor.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.InvalidConfigurationException;
import org.irauditor.core.Json;
import org.irauditor.core.Status;
import org.irauditor.settings.AuditProperties;
import org.irauditor.settings.SettingsValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the audit once per invocation: validates the settings, resumes a recent unfinished run (re-auditing only
 * the accounts it had not finished) or starts a new one, and turns the outcome into the exit code.
 */
@Component
public class AuditRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(AuditRunner.class);

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The job parameter holding {@link #scopeFingerprint()}. */
    static final String SCOPE = "scope";

    private static final Set<BatchStatus> UNFINISHED =
            EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    private static final Set<BatchStatus> RESUMABLE =
            EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.UNKNOWN);

    private final AuditProperties properties;
    private final CheckCatalog catalog;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job auditJob;
    private final RunWorkspaces workspaces;
    private final Clock clock;
    private int exitCode = ExitCode.FAILED.code();

    public AuditRunner(
            AuditProperties properties,
            CheckCatalog catalog,
            JobOperator jobOperator,
            JobRepository jobRepository,
            Job auditJob,
            RunWorkspaces workspaces,
            Clock clock) {
        this.properties = properties;
        this.catalog = catalog;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.auditJob = auditJob;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        SettingsValidator.validate(
                properties, catalog.entries().stream().map(CheckMetadata::id).collect(Collectors.toSet()));
        JobExecution execution = resumable().map(this::resume).orElseGet(this::start);
        ExitCode code = exitCodeOf(execution);
        exitCode = code.code();
        report(execution, code);
    }

    /** One closing line a person running the auditor reads: the score, the counts, the reports and the exit code. */
    private void report(JobExecution execution, ExitCode code) throws Exception {
        String runId = execution.getJobParameters().getString(RunWorkspaces.RUN_ID);
        String reports = workspaces.of(runId).reportDirectory().toString();
        if (!execution.getExecutionContext().containsKey(ReportTasklet.OUTCOME)) {
            log.info("Audit finished run={} status={} exitCode={} ({})", runId, execution.getStatus(), exitCode, code);
            return;
        }
        RunOutcome outcome = Json.mapper()
                .readValue(execution.getExecutionContext().getString(ReportTasklet.OUTCOME), RunOutcome.class);
        log.info(
                "Audit finished run={} score={} pass={} fail={} unknown={} notAssessed={} exitCode={} ({}) reports={}",
                runId,
                outcome.organizationScore() < 0 ? "none" : String.format("%.1f", outcome.organizationScore()),
                outcome.count(Status.PASS),
                outcome.count(Status.FAIL),
                outcome.count(Status.UNKNOWN),
                outcome.notAssessed(),
                exitCode,
                code.name().toLowerCase().replace('_', ' '),
                reports);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private JobExecution start() {
        String runId = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).format(RUN_ID);
        JobParameters parameters = new JobParametersBuilder()
                .addString(RunWorkspaces.RUN_ID, runId)
                .addString("mode", properties.mode().name())
                .addString(SCOPE, scopeFingerprint())
                .toJobParameters();
        log.info("Audit starting run={} mode={}", runId, properties.mode());
        try {
            return jobOperator.start(auditJob, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("the audit job could not be started", e);
        }
    }

    private Optional<JobExecution> resumable() {
        if (properties.run().resumeWithin().isZero()) {
            log.info("Audit starting afresh: audit.run.resume-within is 0");
            return Optional.empty();
        }
        JobInstance last = jobRepository.getLastJobInstance(AuditJobConfiguration.JOB_NAME);
        if (last == null) {
            return Optional.empty();
        }
        JobExecution execution = jobRepository.getLastJobExecution(last);
        if (execution == null || execution.getCreateTime() == null) {
            return Optional.empty();
        }
        BatchStatus status = execution.getStatus();
        if (!UNFINISHED.contains(status) && !RESUMABLE.contains(status)) {
            return Optional.empty();
        }
        String runId = execution.getJobParameters().getString(RunWorkspaces.RUN_ID);
        boolean recent = Duration.between(execution.getCreateTime(), LocalDateTime.now(clock))
                        .compareTo(properties.run().resumeWithin())
                <= 0;
        if (!recent) {
            log.info("Audit not resuming run={}: it started more than audit.run.resume-within ago", runId);
            return Optional.empty();
        }
        if (!scopeFingerprint().equals(execution.getJobParameters().getString(SCOPE))) {
            log.info(
                    "Audit not resuming run={}: its mode, organization, accounts, regions or role settings differ",
                    runId);
            return Optional.empty();
        }
        if (!Files.isDirectory(workspaces.of(runId).workDirectory())) {
            log.info(
                    "Audit not resuming run={}: its work files are not in {}",
                    runId,
                    workspaces.of(runId).workDirectory());
            return Optional.empty();
        }
        return Optional.of(execution);
    }

    private JobExecution resume(JobExecution previous) {
        String runId = previous.getJobParameters().getString(RunWorkspaces.RUN_ID);
        log.info("Audit resuming run={} previousStatus={}", runId, previous.getStatus());
        try {
            JobExecution stopped = UNFINISHED.contains(previous.getStatus()) ? jobOperator.recover(previous) : previous;
            return jobOperator.restart(stopped);
        } catch (Exception e) {
            throw new IllegalStateException("the unfinished run " + runId + " could not be resumed", e);
        }
    }

    /**
     * A digest of the settings that decide what a run audits: a run is resumed only under the same ones, so a
     * resumed run never mixes two organizations, scopes or roles.
     */
    String scopeFingerprint() {
        List<Object> scope = List.of(
                properties.mode(),
                properties.sandbox().organization(),
                properties.sandbox().generatedAccounts(),
                properties.sandbox().generatedRegions(),
                properties.role().name(),
                String.valueOf(properties.role().externalId()),
                properties.regions().allow(),
                properties.regions().deny(),
                properties.regions().home(),
                properties.accounts().allow(),
                properties.accounts().deny(),
                String.valueOf(properties.aws().endpoint()));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(scope.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private ExitCode exitCodeOf(JobExecution execution) throws Exception {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            boolean configuration = execution.getAllFailureExceptions().stream()
                    .anyMatch(e -> e instanceof InvalidConfigurationException
                            || e.getCause() instanceof InvalidConfigurationException);
            execution.getAllFailureExceptions().forEach(e -> log.error("Audit failed: {}", e.getMessage()));
            return configuration ? ExitCode.INVALID_CONFIGURATION : ExitCode.FAILED;
        }
        String outcome = execution.getExecutionContext().getString(ReportTasklet.OUTCOME);
        return ExitCode.of(
                Json.mapper().readValue(outcome, RunOutcome.class),
                properties.scoring().threshold());
    }
}
