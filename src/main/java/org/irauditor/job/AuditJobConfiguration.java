package org.irauditor.job;

import java.time.Clock;
import java.util.List;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.audit.CheckEvaluator;
import org.irauditor.aws.RoleSessions;
import org.irauditor.collection.AccountCollector;
import org.irauditor.organization.OrganizationSource;
import org.irauditor.report.ReportWriter;
import org.irauditor.report.asff.importer.SecurityHubImporter;
import org.irauditor.scoring.ScoreCalculator;
import org.irauditor.settings.AuditProperties;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit job: discovery, one partition per account, evaluation, scoring and reports. Stable partition names
 * and work files kept per run make a restarted run audit only the accounts it had not finished.
 */
@Configuration(proxyBeanMethods = false)
public class AuditJobConfiguration {

    /** The job's name in the job repository. */
    public static final String JOB_NAME = "irReadinessAudit";

    @Bean
    RunWorkspaces runWorkspaces(AuditProperties properties) {
        return new RunWorkspaces(properties.reports());
    }

    @Bean
    AccountScope accountScope(AuditProperties properties) {
        return new AccountScope(
                properties.accounts().allow(), properties.accounts().deny());
    }

    @Bean
    Job auditJob(JobRepository repository, Step discover, Step auditAccounts, Step evaluate, Step score, Step report) {
        return new JobBuilder(JOB_NAME, repository)
                .start(discover)
                .next(auditAccounts)
                .next(evaluate)
                .next(score)
                .next(report)
                .build();
    }

    @Bean
    Step discover(
            JobRepository repository,
            PlatformTransactionManager transactions,
            OrganizationSource source,
            RunWorkspaces workspaces,
            AccountScope accountScope) {
        return new StepBuilder("discover", repository)
                .tasklet(new DiscoveryTasklet(source, workspaces, accountScope), transactions)
                .build();
    }

    @Bean
    Step auditAccounts(
            JobRepository repository,
            Step auditAccount,
            RunWorkspaces workspaces,
            AccountScope accountScope,
            AuditProperties properties) {
        return new StepBuilder("auditAccounts", repository)
                .partitioner("auditAccount", new RunAccountPartitioner(workspaces, accountScope))
                .step(auditAccount)
                .gridSize(Math.max(1, properties.parallelism().accounts()))
                .taskExecutor(accountExecutor(properties))
                .build();
    }

    @Bean
    Step auditAccount(
            JobRepository repository,
            PlatformTransactionManager transactions,
            AccountCollector collector,
            RunWorkspaces workspaces,
            Clock clock) {
        return new StepBuilder("auditAccount", repository)
                .tasklet(new AccountAuditTasklet(collector, workspaces, clock), transactions)
                .build();
    }

    @Bean
    Step evaluate(
            JobRepository repository,
            PlatformTransactionManager transactions,
            CheckCatalog catalog,
            AccountScope accountScope,
            RunWorkspaces workspaces) {
        return new StepBuilder("evaluate", repository)
                .tasklet(new EvaluationTasklet(new CheckEvaluator(catalog), accountScope, workspaces), transactions)
                .build();
    }

    @Bean
    Step score(
            JobRepository repository,
            PlatformTransactionManager transactions,
            ScoreCalculator calculator,
            CheckCatalog catalog,
            RunWorkspaces workspaces) {
        return new StepBuilder("score", repository)
                .tasklet(new ScoringTasklet(calculator, catalog, workspaces), transactions)
                .build();
    }

    @Bean
    Step report(
            JobRepository repository,
            PlatformTransactionManager transactions,
            List<ReportWriter> writers,
            CheckCatalog catalog,
            RunWorkspaces workspaces,
            AuditProperties properties,
            ObjectProvider<BuildProperties> build,
            Clock clock,
            SecurityHubImporter importer,
            ObjectProvider<RoleSessions> sessions) {
        String version = build.getIfAvailable() == null
                ? "development"
                : build.getIfAvailable().getVersion();
        return new StepBuilder("report", repository)
                .tasklet(
                        new ReportTasklet(writers, catalog, workspaces, properties, version, clock, importer, sessions),
                        transactions)
                .build();
    }

    private static TaskExecutor accountExecutor(AuditProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        // settings are validated when the run starts; a bad value must not break start-up before that
        int threads = Math.max(1, properties.parallelism().accounts());
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("account-");
        executor.initialize();
        return executor;
    }
}
