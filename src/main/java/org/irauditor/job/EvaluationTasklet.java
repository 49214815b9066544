package org.irauditor.job;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.CheckEvaluator;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.SkippedRegion;
import org.irauditor.core.CheckResult;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.report.NotAssessed;
import org.irauditor.report.ResultFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 3: joins what the management and delegated-admin accounts see into the organization context, then
 * evaluates every check account by account, streaming snapshots in and results out.
 */
public final class EvaluationTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(EvaluationTasklet.class);

    private final CheckEvaluator evaluator;
    private final AccountScope accountScope;
    private final RunWorkspaces workspaces;

    public EvaluationTasklet(CheckEvaluator evaluator, AccountScope accountScope, RunWorkspaces workspaces) {
        this.evaluator = evaluator;
        this.accountScope = accountScope;
        this.workspaces = workspaces;
    }

    /** The accounts and regions left out of the run, as stored for the report step. */
    public record NotAssessedList(List<NotAssessed> entries) {}

    /** The regions actually collected per accessible account: the exact scope of the run. */
    public record AssessedRegions(Map<String, List<String>> byAccount) {}

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunWorkspace workspace = workspaces.of(chunkContext);
        OrganizationSnapshot organization = workspaces.organization(workspace);
        OrganizationContext context = new OrganizationContext(organization, adminSnapshots(workspace, organization));
        List<NotAssessed> notAssessed = new ArrayList<>(notActive(organization));
        Map<String, List<String>> assessedRegions = new LinkedHashMap<>();
        long[] results = {0};
        try (ResultFiles.Appender out = ResultFiles.append(workspace.resultsFile())) {
            Consumer<CheckResult> counting = r -> {
                results[0]++;
                out.accept(r);
            };
            for (OrgAccount account : accountScope.audited(organization)) {
                AccountSnapshot snapshot = snapshot(workspace, account, organization);
                evaluator.evaluateAccount(snapshot, context, counting);
                notAssessed.addAll(leftOut(snapshot));
                if (snapshot.accessError() == null) {
                    assessedRegions.put(account.id(), assessed(snapshot));
                }
            }
            evaluator.evaluateOrganization(context, counting);
        }
        RunWorkspace.writeJson(workspace.notAssessedFile(), new NotAssessedList(notAssessed));
        RunWorkspace.writeJson(workspace.assessedFile(), new AssessedRegions(assessedRegions));
        log.info("Evaluation done run={} results={} notAssessed={}", workspace.runId(), results[0], notAssessed.size());
        return RepeatStatus.FINISHED;
    }

    private List<AccountSnapshot> adminSnapshots(RunWorkspace workspace, OrganizationSnapshot organization) {
        Set<String> admins = new LinkedHashSet<>();
        admins.add(organization.managementAccountId());
        if (organization.delegatedAdmins().isOk()) {
            organization.delegatedAdmins().value().stream()
                    .map(DelegatedAdmin::accountId)
                    .forEach(admins::add);
        }
        return admins.stream()
                .map(workspace::snapshotFile)
                .filter(Files::exists)
                .map(file -> RunWorkspace.readJson(file, AccountSnapshot.class))
                .toList();
    }

    private AccountSnapshot snapshot(RunWorkspace workspace, OrgAccount account, OrganizationSnapshot organization) {
        if (Files.exists(workspace.snapshotFile(account.id()))) {
            return RunWorkspace.readJson(workspace.snapshotFile(account.id()), AccountSnapshot.class);
        }
        log.error("Account snapshot missing run={} account={}", workspace.runId(), account.id());
        ErrorReason missing = new ErrorReason("collect account", "SnapshotMissing", null, ErrorKind.UNEXPECTED);
        return AccountSnapshot.inaccessible(account, organization.partition(), organization.discoveredAt(), missing);
    }

    private List<NotAssessed> notActive(OrganizationSnapshot organization) {
        return accountScope.inScope(organization).stream()
                .filter(a -> !a.isActive())
                .map(a ->
                        new NotAssessed(a.id(), a.name(), a.ouPath(), CheckResult.GLOBAL, "account state " + a.state()))
                .toList();
    }

    private static List<String> assessed(AccountSnapshot snapshot) {
        return snapshot.regions().stream()
                .filter(r -> r.error() == null)
                .map(org.irauditor.audit.RegionSnapshot::region)
                .toList();
    }

    private static List<NotAssessed> leftOut(AccountSnapshot snapshot) {
        OrgAccount account = snapshot.account();
        List<NotAssessed> entries = new ArrayList<>();
        if (snapshot.accessError() != null) {
            entries.add(new NotAssessed(
                    account.id(),
                    account.name(),
                    account.ouPath(),
                    CheckResult.GLOBAL,
                    snapshot.accessError().describe()));
        }
        for (SkippedRegion skipped : snapshot.skippedRegions()) {
            entries.add(new NotAssessed(
                    account.id(), account.name(), account.ouPath(), skipped.region(), skipped.reason()));
        }
        snapshot.regions().stream()
                .filter(r -> r.error() != null)
                .forEach(r -> entries.add(new NotAssessed(
                        account.id(),
                        account.name(),
                        account.ouPath(),
                        r.region(),
                        r.error().describe())));
        return entries;
    }
}
