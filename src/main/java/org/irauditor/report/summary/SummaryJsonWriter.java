package org.irauditor.report.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.irauditor.core.Json;
import org.irauditor.core.Status;
import org.irauditor.report.AuditReport;
import org.irauditor.report.NotAssessed;
import org.irauditor.report.ReportWriter;
import org.irauditor.report.RunInfo;
import org.irauditor.report.history.FailureChange;
import org.irauditor.report.history.RunDiff;
import org.irauditor.report.history.RunHistory;
import org.irauditor.report.history.ScoreMove;
import org.irauditor.scoring.AccountScore;
import org.irauditor.scoring.CheckStat;
import org.irauditor.scoring.OuScore;
import org.irauditor.scoring.Scores;
import org.irauditor.scoring.Tally;
import org.irauditor.settings.AuditProperties;
import org.springframework.stereotype.Component;

/**
 * Writes {@code summary.json}: the run, its scores and levels, result counts, what was not assessed, the diff
 * against the previous run and the numbers the exit code is decided from. It is also the next run's baseline, read
 * back by {@link RunHistory}.
 */
@Component
public class SummaryJsonWriter implements ReportWriter {

    /** Raised when a field is added or renamed, so that readers of older summaries can tell. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    private final RunHistory history;
    private final double threshold;

    public SummaryJsonWriter(RunHistory history, AuditProperties properties) {
        this.history = history;
        this.threshold = properties.scoring().threshold();
    }

    @Override
    public String fileName() {
        return RunHistory.SUMMARY_FILE;
    }

    @Override
    public void write(AuditReport report, Path runDirectory) throws IOException {
        RunDiff diff = history.diff(report, runDirectory);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.set("run", run(report.run()));
        root.set("organization", organization(report));
        root.set("exit", exit(report));
        root.set("counts", counts(report.scores()));
        root.set("levels", MAPPER.valueToTree(report.scores().levels()));
        root.set("phases", tallies(report.scores().phases()));
        root.set("questions", tallies(report.scores().questions()));
        root.set("accounts", accounts(report.scores()));
        root.set("ous", ous(report.scores()));
        root.set("checks", checks(report.scores()));
        root.set("notAssessed", notAssessed(report));
        root.set("diff", diff(diff));
        root.set("firstSeen", MAPPER.valueToTree(diff.firstSeen()));
        Files.createDirectories(runDirectory);
        MAPPER.writeValue(runDirectory.resolve(fileName()).toFile(), root);
    }

    private static ObjectNode run(RunInfo run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("runId", run.runId());
        node.put("startedAt", text(run.startedAt()));
        node.put("finishedAt", text(run.finishedAt()));
        if (run.startedAt() != null && run.finishedAt() != null) {
            node.put(
                    "durationSeconds",
                    Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0);
        }
        node.put("mode", run.mode());
        node.put("version", run.version());
        node.put("partition", run.partition());
        node.put("homeRegion", run.homeRegion());
        node.set("regionsInScope", MAPPER.valueToTree(run.regionsInScope()));
        return node;
    }

    private static ObjectNode organization(AuditReport report) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", report.organization().organizationId());
        node.put("managementAccountId", report.organization().managementAccountId());
        node.put("score", report.scores().organizationScore());
        node.put("coverage", report.scores().organizationCoverage());
        node.put("accountsAudited", report.scores().accounts().size());
        node.put("accountsNotAssessed", report.scores().accountsNotAssessed());
        return node;
    }

    /** The facts the exit code is decided from, so that a pipeline can tell why a run ended as it did. */
    private ObjectNode exit(AuditReport report) {
        Scores scores = report.scores();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("threshold", threshold);
        Double score = scores.organizationScore();
        node.put("belowThreshold", threshold > 0 && (score == null || score < threshold));
        node.put("failed", scores.count(Status.FAIL));
        node.put("unknown", scores.count(Status.UNKNOWN));
        node.put("accountsNotAssessed", scores.accountsNotAssessed());
        node.put(
                "regionsNotAssessed",
                report.notAssessed().stream()
                        .filter(n -> !"global".equals(n.region()))
                        .count());
        node.put("partial", scores.count(Status.UNKNOWN) > 0 || scores.accountsNotAssessed() > 0);
        return node;
    }

    private static ObjectNode counts(Scores scores) {
        ObjectNode node = MAPPER.createObjectNode();
        for (Status status : Status.values()) {
            node.put(status.name(), scores.count(status));
        }
        return node;
    }

    private static ObjectNode tallies(Map<? extends Enum<?>, Tally> tallies) {
        ObjectNode node = MAPPER.createObjectNode();
        tallies.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.ordinal(), b.ordinal())))
                .forEach(e -> node.set(e.getKey().name(), tally(e.getValue())));
        return node;
    }

    private static ObjectNode tally(Tally tally) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("score", tally.score());
        node.put("coverage", tally.coverage());
        node.put("passed", tally.passed());
        node.put("failed", tally.failed());
        node.put("unknown", tally.unknown());
        return node;
    }

    private static ArrayNode accounts(Scores scores) {
        ArrayNode array = MAPPER.createArrayNode();
        for (AccountScore account : scores.accounts()) {
            ObjectNode node = array.addObject();
            node.put("accountId", account.accountId());
            node.put("name", account.name());
            node.put("ouPath", account.ouPath());
            node.set("tags", MAPPER.valueToTree(account.tags()));
            node.put("score", account.score());
            node.put("coverage", account.coverage());
            node.put("level", account.level());
            node.set("services", MAPPER.valueToTree(account.services()));
            node.set("phases", tallies(account.phases()));
            node.set("failedChecks", strings(account.failedChecks()));
            node.set("unknownChecks", strings(account.unknownChecks()));
        }
        return array;
    }

    private static ArrayNode ous(Scores scores) {
        ArrayNode array = MAPPER.createArrayNode();
        for (OuScore ou : scores.ous()) {
            ObjectNode node = array.addObject();
            node.put("ouPath", ou.ouPath());
            node.put("accounts", ou.accounts());
            node.put("score", ou.score());
            node.put("coverage", ou.coverage());
            node.set("levels", MAPPER.valueToTree(ou.levels()));
        }
        return array;
    }

    private static ArrayNode checks(Scores scores) {
        ArrayNode array = MAPPER.createArrayNode();
        for (CheckStat check : scores.checks()) {
            ObjectNode node = array.addObject();
            node.put("checkId", check.checkId());
            node.put("accountsPassed", check.accountsPassed());
            node.put("accountsFailed", check.accountsFailed());
            node.put("accountsUnknown", check.accountsUnknown());
            node.put("accountsNotApplicable", check.accountsNotApplicable());
            node.put("passRate", check.passRate());
        }
        return array;
    }

    private static ArrayNode notAssessed(AuditReport report) {
        ArrayNode array = MAPPER.createArrayNode();
        for (NotAssessed entry : report.notAssessed()) {
            ObjectNode node = array.addObject();
            node.put("accountId", entry.accountId());
            node.put("accountName", entry.accountName());
            node.put("ouPath", entry.ouPath());
            node.put("region", entry.region());
            node.put("reason", entry.reason());
        }
        return array;
    }

    private static ObjectNode diff(RunDiff diff) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("previousRunId", diff.previousRunId());
        node.put("previousStartedAt", text(diff.previousStartedAt()));
        node.put("previousOrganizationScore", diff.previousOrganizationScore());
        node.put("organizationScore", diff.organizationScore());
        node.put("organizationDelta", diff.organizationDelta());
        node.set("accountsAdded", strings(diff.accountsAdded()));
        node.set("accountsRemoved", strings(diff.accountsRemoved()));
        node.set("newFailures", changes(diff.newFailures()));
        node.set("resolvedFailures", changes(diff.resolvedFailures()));
        ArrayNode moves = node.putArray("scoreMoves");
        for (ScoreMove move : diff.scoreMoves()) {
            ObjectNode entry = moves.addObject();
            entry.put("accountId", move.accountId());
            entry.put("before", move.before());
            entry.put("after", move.after());
            entry.put("delta", move.delta());
        }
        return node;
    }

    private static ArrayNode changes(Collection<FailureChange> changes) {
        ArrayNode array = MAPPER.createArrayNode();
        for (FailureChange change : changes) {
            ObjectNode node = array.addObject();
            node.put("accountId", change.accountId());
            node.put("checkId", change.checkId());
            node.put("before", change.before() == null ? null : change.before().name());
            node.put("after", change.after() == null ? null : change.after().name());
        }
        return array;
    }

    private static ArrayNode strings(Collection<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
