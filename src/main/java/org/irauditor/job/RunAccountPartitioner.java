package org.irauditor.job;

import java.util.Map;
import org.irauditor.organization.OrganizationSnapshot;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Partitions the running job's audited accounts, read from the organization its discovery step stored.
 */
final class RunAccountPartitioner implements Partitioner {

    private final RunWorkspaces workspaces;
    private final AccountScope accountScope;

    RunAccountPartitioner(RunWorkspaces workspaces, AccountScope accountScope) {
        this.workspaces = workspaces;
        this.accountScope = accountScope;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        var stepContext = StepSynchronizationManager.getContext();
        if (stepContext == null) {
            throw new IllegalStateException("accounts are partitioned only inside the running job");
        }
        String runId = String.valueOf(stepContext.getJobParameters().get(RunWorkspaces.RUN_ID));
        RunWorkspace workspace = workspaces.of(runId);
        OrganizationSnapshot organization = workspaces.organization(workspace);
        return new AccountPartitioner(accountScope.audited(organization)).partition(gridSize);
    }
}
