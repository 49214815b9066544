package org.irauditor.report.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Json;
import org.irauditor.core.Status;
import org.irauditor.report.AuditReport;
import org.irauditor.report.ResultFiles;
import org.irauditor.scoring.AccountScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds the previous run beside the current one in the reports directory and compares the two. The previous run is
 * the latest other run folder (folders are named by sortable run ids) that holds both a summary and a result file,
 * so that a run that broke before writing its reports is never taken as the baseline.
 */
@Component
public class RunHistory {

    /** The summary every run writes, read back as the next run's baseline. */
    public static final String SUMMARY_FILE = "summary.json";

    private static final Logger log = LoggerFactory.getLogger(RunHistory.class);
    private static final Status[] BY_RANK = {null, Status.NOT_APPLICABLE, Status.PASS, Status.UNKNOWN, Status.FAIL};

    private Path cachedFor;
    private RunDiff cached;

    /** The diff of this run against the previous one, computed once per run folder and shared by the writers. */
    public synchronized RunDiff diff(AuditReport report, Path runDirectory) {
        Path key = runDirectory.toAbsolutePath().normalize();
        if (!key.equals(cachedFor)) {
            cached = compute(report, key);
            cachedFor = key;
        }
        return cached;
    }

    /** The latest other run folder beside {@code runDirectory} with a summary and a result file. */
    public static Optional<Path> previousRun(Path runDirectory) {
        Path current = runDirectory.toAbsolutePath().normalize();
        Path parent = current.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(Files::isDirectory)
                    .filter(p -> !p.equals(current))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve(SUMMARY_FILE)))
                    .filter(p -> Files.isRegularFile(p.resolve(ResultFiles.FILE_NAME)))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the runs in " + parent, e);
        }
    }

    private RunDiff compute(AuditReport report, Path runDirectory) {
        Optional<Path> previous = previousRun(runDirectory);
        if (previous.isEmpty()) {
            log.info("No previous run to compare with runDirectory={}", runDirectory);
            return firstRun(report);
        }
        log.info("Comparing with previous run previous={}", previous.get().getFileName());
        return compare(report, previous.get());
    }

    private static RunDiff firstRun(AuditReport report) {
        Map<String, Map<String, Instant>> firstSeen = new HashMap<>();
        for (AccountScore account : report.scores().accounts()) {
            account.failedChecks()
                    .forEach(check -> firstSeen
                            .computeIfAbsent(account.accountId(), a -> new TreeMap<>())
                            .put(check, report.run().startedAt()));
        }
        return new RunDiff(
                null, null, null, report.scores().organizationScore(), null, null, null, null, null, firstSeen);
    }

    private static RunDiff compare(AuditReport report, Path previousFolder) {
        JsonNode summary = readSummary(previousFolder.resolve(SUMMARY_FILE));
        Map<String, Integer> index = checkIndex(report.catalog().entries());
        Map<String, byte[]> before = fold(previousFolder.resolve(ResultFiles.FILE_NAME), index);
        Map<String, Double> previousScores = previousScores(summary, before.keySet());
        Instant previousStart = instant(summary.path("run").path("startedAt"));
        List<CheckMetadata> checks = report.catalog().entries();

        List<FailureChange> newFailures = new ArrayList<>();
        List<FailureChange> resolved = new ArrayList<>();
        List<ScoreMove> moves = new ArrayList<>();
        Map<String, Map<String, Instant>> firstSeen = new HashMap<>();
        Set<String> current = new TreeSet<>();
        for (AccountScore account : report.scores().accounts()) {
            current.add(account.accountId());
            byte[] states = before.get(account.accountId());
            if (!previousScores.containsKey(account.accountId())) {
                account.failedChecks()
                        .forEach(c -> seen(
                                firstSeen, account.accountId(), c, report.run().startedAt()));
                continue;
            }
            moves.add(new ScoreMove(account.accountId(), previousScores.get(account.accountId()), account.score()));
            for (int i = 0; i < checks.size(); i++) {
                String checkId = checks.get(i).id();
                Status was = states == null ? null : BY_RANK[states[i]];
                Status now = statusNow(account, checkId);
                if (now == Status.FAIL) {
                    Instant since = was == Status.FAIL
                            ? previousFirstSeen(summary, account.accountId(), checkId, previousStart)
                            : report.run().startedAt();
                    seen(firstSeen, account.accountId(), checkId, since);
                    if (was != Status.FAIL) {
                        newFailures.add(new FailureChange(account.accountId(), checkId, was, now));
                    }
                } else if (was == Status.FAIL && now != Status.UNKNOWN) {
                    resolved.add(new FailureChange(account.accountId(), checkId, was, now));
                }
            }
        }
        List<String> added =
                current.stream().filter(id -> !previousScores.containsKey(id)).toList();
        List<String> removed = new TreeSet<>(previousScores.keySet())
                .stream().filter(id -> !current.contains(id)).toList();
        return new RunDiff(
                previousFolder.getFileName().toString(),
                previousStart,
                number(summary.path("organization").path("score")),
                report.scores().organizationScore(),
                added,
                removed,
                newFailures,
                resolved,
                moves,
                firstSeen);
    }

    /** PASS when neither failed nor unknown: the scores keep only those two lists per account. */
    private static Status statusNow(AccountScore account, String checkId) {
        if (account.failedChecks().contains(checkId)) {
            return Status.FAIL;
        }
        if (account.unknownChecks().contains(checkId)) {
            return Status.UNKNOWN;
        }
        return Status.PASS;
    }

    private static void seen(Map<String, Map<String, Instant>> firstSeen, String account, String check, Instant at) {
        firstSeen.computeIfAbsent(account, a -> new TreeMap<>()).put(check, at);
    }

    private static Map<String, Integer> checkIndex(List<CheckMetadata> checks) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            index.put(checks.get(i).id(), i);
        }
        return index;
    }

    /** The previous run's status per (account, check), folded as in scoring; checks no longer in the catalogue are left out. */
    private static Map<String, byte[]> fold(Path results, Map<String, Integer> index) {
        Map<String, byte[]> states = new LinkedHashMap<>();
        ResultFiles.source(results).forEach(result -> {
            byte[] account = states.computeIfAbsent(result.accountId(), a -> new byte[index.size()]);
            Integer check = index.get(result.checkId());
            if (check != null) {
                account[check] = (byte) Math.max(account[check], rank(result));
            }
        });
        return states;
    }

    private static int rank(CheckResult result) {
        return switch (result.status()) {
            case NOT_APPLICABLE -> 1;
            case PASS -> 2;
            case UNKNOWN -> 3;
            case FAIL -> 4;
        };
    }

    private static Map<String, Double> previousScores(JsonNode summary, Set<String> accountsWithResults) {
        Map<String, Double> scores = new HashMap<>();
        summary.path("accounts").forEach(a -> scores.put(a.path("accountId").asText(), number(a.path("score"))));
        if (scores.isEmpty()) {
            accountsWithResults.forEach(id -> scores.put(id, null));
        }
        return scores;
    }

    private static Instant previousFirstSeen(JsonNode summary, String account, String check, Instant fallback) {
        Instant recorded = instant(summary.path("firstSeen").path(account).path(check));
        return recorded != null ? recorded : fallback;
    }

    private static JsonNode readSummary(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the previous summary " + file, e);
        }
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }
}
