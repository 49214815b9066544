package org.irauditor.job;

import org.irauditor.audit.CheckCatalog;
import org.irauditor.report.ResultFiles;
import org.irauditor.scoring.ScoreCalculator;
import org.irauditor.scoring.Scores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 4: scores accounts, OUs and the organization from the stored results. */
public final class ScoringTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScoringTasklet.class);

    private final ScoreCalculator calculator;
    private final CheckCatalog catalog;
    private final RunWorkspaces workspaces;

    public ScoringTasklet(ScoreCalculator calculator, CheckCatalog catalog, RunWorkspaces workspaces) {
        this.calculator = calculator;
        this.catalog = catalog;
        this.workspaces = workspaces;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunWorkspace workspace = workspaces.of(chunkContext);
        EvaluationTasklet.NotAssessedList notAssessed =
                RunWorkspace.readJson(workspace.notAssessedFile(), EvaluationTasklet.NotAssessedList.class);
        Scores scores = calculator.calculate(
                catalog,
                workspaces.organization(workspace),
                ResultFiles.source(workspace.resultsFile()),
                notAssessed.entries());
        RunWorkspace.writeJson(workspace.scoresFile(), scores);
        log.info("Scoring done run={}", workspace.runId());
        return RepeatStatus.FINISHED;
    }
}
