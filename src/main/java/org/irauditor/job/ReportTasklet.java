package org.irauditor.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.aws.RoleSessions;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.Json;
import org.irauditor.core.Status;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.report.AuditReport;
import org.irauditor.report.IncompleteReportException;
import org.irauditor.report.NotAssessed;
import org.irauditor.report.ReportWriter;
import org.irauditor.report.ResultFiles;
import org.irauditor.report.ResultSource;
import org.irauditor.report.RunInfo;
import org.irauditor.report.asff.importer.ImportReport;
import org.irauditor.report.asff.importer.ImportScope;
import org.irauditor.report.asff.importer.SecurityHubImporter;
import org.irauditor.scoring.Scores;
import org.irauditor.settings.AuditProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Step 5: writes every report from the one canonical model. A writer that fails is logged and counted but never
 * stops the others, so one broken format never loses the rest of the run's reports.
 */
public final class ReportTasklet implements Tasklet {

    /** Key of the {@link RunOutcome} in the job's execution context. */
    public static final String OUTCOME = "runOutcome";

    /** The run summary in the run's folder. */
    static final String SUMMARY = "summary.json";

    /** The Security Hub import's outcome in the run's folder. */
    public static final String IMPORT_REPORT = "security-hub-import.json";

    /** The file beside the run folders that names the newest run. */
    public static final String LATEST = "LATEST";

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final List<ReportWriter> writers;
    private final CheckCatalog catalog;
    private final RunWorkspaces workspaces;
    private final AuditProperties properties;
    private final String version;
    private final Clock clock;
    private final SecurityHubImporter importer;
    private final ObjectProvider<RoleSessions> sessions;

    public ReportTasklet(
            List<ReportWriter> writers,
            CheckCatalog catalog,
            RunWorkspaces workspaces,
            AuditProperties properties,
            String version,
            Clock clock,
            SecurityHubImporter importer,
            ObjectProvider<RoleSessions> sessions) {
        this.writers = writers;
        this.catalog = catalog;
        this.workspaces = workspaces;
        this.properties = properties;
        this.version = version;
        this.clock = clock;
        this.importer = importer;
        this.sessions = sessions;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunWorkspace workspace = workspaces.of(chunkContext);
        Files.createDirectories(workspace.reportDirectory());
        AuditReport report = report(workspace, chunkContext);
        int failed = write(report, workspace);
        ImportReport imported = importFindings(report, workspace);
        if (imported == null) {
            failed++;
        }
        RunOutcome outcome =
                outcome(report, failed, imported == null ? 0 : imported.failed().size());
        markLatest(workspace);
        chunkContext
                .getStepContext()
                .getStepExecution()
                .getJobExecution()
                .getExecutionContext()
                .putString(OUTCOME, Json.mapper().writeValueAsString(outcome));
        log.info(
                "Reports written run={} directory={} writers={} failedWriters={}",
                workspace.runId(),
                workspace.reportDirectory(),
                writers.size(),
                failed);
        return RepeatStatus.FINISHED;
    }

    private AuditReport report(RunWorkspace workspace, ChunkContext chunkContext) {
        OrganizationSnapshot organization = workspaces.organization(workspace);
        List<NotAssessed> notAssessed = RunWorkspace.readJson(
                        workspace.notAssessedFile(), EvaluationTasklet.NotAssessedList.class)
                .entries();
        Scores scores = RunWorkspace.readJson(workspace.scoresFile(), Scores.class);
        LocalDateTime started = chunkContext
                .getStepContext()
                .getStepExecution()
                .getJobExecution()
                .getStartTime();
        Instant startedAt = started == null
                ? clock.instant()
                : started.atZone(ZoneId.systemDefault()).toInstant();
        RunInfo run = new RunInfo(
                workspace.runId(),
                startedAt,
                clock.instant(),
                properties.mode().name().toLowerCase(),
                version,
                organization.partition(),
                organization.homeRegion(),
                properties.regions().allow());
        ResultSource results = ResultFiles.source(workspace.resultsFile());
        return new AuditReport(run, organization, catalog, results, notAssessed, scores);
    }

    private int write(AuditReport report, RunWorkspace workspace) {
        int failed = 0;
        for (ReportWriter writer : writers) {
            try {
                writer.write(report, workspace.reportDirectory());
                log.info("Report written run={} file={}", workspace.runId(), writer.fileName());
            } catch (IncompleteReportException e) {
                failed++;
                log.error(
                        "Report incomplete run={} file={} reason={}",
                        workspace.runId(),
                        writer.fileName(),
                        e.getMessage());
            } catch (Exception e) {
                failed++;
                log.error("Report not written run={} file={}", workspace.runId(), writer.fileName(), e);
            }
        }
        return failed;
    }

    /** Names the newest run in {@code LATEST} beside the run folders, for pipelines that archive it. */
    private static void markLatest(RunWorkspace workspace) throws java.io.IOException {
        Path latest = workspace.reportDirectory().getParent().resolve(LATEST);
        Files.writeString(latest, workspace.runId() + System.lineSeparator());
    }

    /**
     * Sends the findings to Security Hub when configured; returns {@code null} when the import itself broke (the
     * reports already written stay).
     */
    private ImportReport importFindings(AuditReport report, RunWorkspace workspace) {
        if (!importer.enabled()) {
            return ImportReport.disabled();
        }
        EvaluationTasklet.AssessedRegions assessed =
                RunWorkspace.readJson(workspace.assessedFile(), EvaluationTasklet.AssessedRegions.class);
        Map<String, Set<String>> regions = new LinkedHashMap<>();
        assessed.byAccount().forEach((account, names) -> regions.put(account, Set.copyOf(names)));
        ImportScope scope = new ImportScope(
                regions, catalog.entries().stream().map(CheckMetadata::id).collect(Collectors.toSet()));
        try (AwsSessionProvider provider = new AwsSessionProvider(
                sessions.getObject(), report.organization().partition())) {
            ImportReport imported = importer.importFindings(report, scope, provider);
            RunWorkspace.writeJson(workspace.reportDirectory().resolve(IMPORT_REPORT), imported);
            addToSummary(workspace, imported);
            return imported;
        } catch (RuntimeException e) {
            log.error("Security Hub import failed run={}", workspace.runId(), e);
            return null;
        }
    }

    /** Lists the import's outcome, refused findings included, in the run summary written before it. */
    private static void addToSummary(RunWorkspace workspace, ImportReport imported) {
        Path summary = workspace.reportDirectory().resolve(SUMMARY);
        if (!Files.exists(summary)) {
            return;
        }
        try {
            ObjectNode root = (ObjectNode) Json.mapper().readTree(summary.toFile());
            root.set("securityHubImport", Json.mapper().valueToTree(imported));
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(summary.toFile(), root);
        } catch (java.io.IOException | ClassCastException e) {
            log.error("Run summary not updated with the import run={}", workspace.runId(), e);
        }
    }

    /** The exit-code numbers, from the scores' result counts rather than another pass over the results. */
    private static RunOutcome outcome(AuditReport report, int failedReports, int rejectedFindings) {
        Map<Status, Long> counts =
                report.scores() == null ? Map.of() : report.scores().resultCounts();
        double score = organizationScore(report);
        return new RunOutcome(counts, report.notAssessed().size(), score, failedReports, rejectedFindings);
    }

    /** The organization score, or -1 when no check had a known result. */
    private static double organizationScore(AuditReport report) {
        Double score = report.scores() == null ? null : report.scores().organizationScore();
        return score == null ? -1 : score;
    }
}
