package org.irauditor.job;

import java.util.List;
import org.irauditor.core.InvalidConfigurationException;
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
    private final AccountScope accountScope;

    public DiscoveryTasklet(OrganizationSource source, RunWorkspaces workspaces, AccountScope accountScope) {
        this.source = source;
        this.workspaces = workspaces;
        this.accountScope = accountScope;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunWorkspace workspace = workspaces.of(chunkContext);
        OrganizationSnapshot organization = source.discover();
        if (accountScope.inScope(organization).isEmpty()) {
            throw new InvalidConfigurationException(
                    "No account to audit",
                    List.of("audit.accounts.allow and audit.accounts.deny leave none of the "
                            + organization.accounts().size() + " accounts of " + organization.organizationId()));
        }
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
