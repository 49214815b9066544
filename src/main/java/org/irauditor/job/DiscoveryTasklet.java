package org.irauditor.job;

import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.organization.OrganizationSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 1: lists the organization and keeps it in the run's workspace for the following steps. */
public final class DiscoveryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoveryTasklet.class);

    private final OrganizationSource source;
    private final RunWorkspaces workspaces;

    public DiscoveryTasklet(OrganizationSource source, RunWorkspaces workspaces) {
        this.source = source;
        this.workspaces = workspaces;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunWorkspace workspace = workspaces.of(chunkContext);
        OrganizationSnapshot organization = source.discover();
        RunWorkspace.writeJson(workspace.organizationFile(), organization);
        workspaces.remember(workspace, organization);
        long active = organization.accounts().stream().filter(a -> a.isActive()).count();
        log.info(
                "Discovery done run={} organization={} accounts={} active={}",
                workspace.runId(),
                organization.organizationId(),
                organization.accounts().size(),
                active);
        return RepeatStatus.FINISHED;
    }
}
