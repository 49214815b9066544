package org.irauditor.job;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.settings.AuditProperties;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Finds the workspace of the running job from its {@code runId} parameter, and keeps the run's organization in
 * memory once read (every partition needs it; the file stays the source of truth across restarts).
 */
public final class RunWorkspaces {

    /** The identifying job parameter naming the run. */
    public static final String RUN_ID = "runId";

    private final Path reportsRoot;
    private final Path stateRoot;
    private final Map<String, OrganizationSnapshot> organizations = new ConcurrentHashMap<>();

    public RunWorkspaces(AuditProperties.Reports reports) {
        this.reportsRoot = reports.directory();
        this.stateRoot = reports.stateDirectory();
    }

    public RunWorkspace of(String runId) {
        return RunWorkspace.of(reportsRoot, stateRoot, runId);
    }

    public RunWorkspace of(ChunkContext context) {
        Object runId = context.getStepContext().getJobParameters().get(RUN_ID);
        return of(String.valueOf(runId));
    }

    public Path reportsRoot() {
        return reportsRoot;
    }

    public OrganizationSnapshot organization(RunWorkspace workspace) {
        return organizations.computeIfAbsent(
                workspace.runId(),
                id -> RunWorkspace.readJson(workspace.organizationFile(), OrganizationSnapshot.class));
    }

    public void remember(RunWorkspace workspace, OrganizationSnapshot organization) {
        organizations.put(workspace.runId(), organization);
    }
}
