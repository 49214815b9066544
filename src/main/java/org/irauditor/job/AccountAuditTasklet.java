package org.irauditor.job;

import java.time.Clock;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.collection.AccountCollector;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 2, one execution per account partition: collects the account and stores its snapshot. Whatever goes wrong
 * stays with the account: an unexpected error is stored as the account's access error, so the run goes on.
 */
public final class AccountAuditTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(AccountAuditTasklet.class);

    private final AccountCollector collector;
    private final RunWorkspaces workspaces;
    private final Clock clock;

    public AccountAuditTasklet(AccountCollector collector, RunWorkspaces workspaces, Clock clock) {
        this.collector = collector;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunWorkspace workspace = workspaces.of(chunkContext);
        String accountId = chunkContext
                .getStepContext()
                .getStepExecution()
                .getExecutionContext()
                .getString(AccountPartitioner.ACCOUNT_ID);
        OrganizationSnapshot organization = workspaces.organization(workspace);
        OrgAccount account = organization
                .account(accountId)
                .orElseThrow(() -> new IllegalStateException("account " + accountId + " is not in the organization"));
        log.info("Account audit started run={} account={}", workspace.runId(), accountId);
        AccountSnapshot snapshot = collect(account, organization);
        RunWorkspace.writeJson(workspace.snapshotFile(accountId), snapshot);
        log.info(
                "Account audit done run={} account={} regions={} skippedRegions={} accessible={}",
                workspace.runId(),
                accountId,
                snapshot.regions().size(),
                snapshot.skippedRegions().size(),
                snapshot.accessError() == null);
        return RepeatStatus.FINISHED;
    }

    private AccountSnapshot collect(OrgAccount account, OrganizationSnapshot organization) {
        try {
            return collector.collect(account, organization);
        } catch (RuntimeException e) {
            log.error("Account audit failed account={}", account.id(), e);
            ErrorReason reason =
                    new ErrorReason("collect account", e.getClass().getSimpleName(), null, ErrorKind.UNEXPECTED);
            return AccountSnapshot.inaccessible(account, organization.partition(), clock.instant(), reason);
        }
    }
}
