package org.irauditor.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Phase;
import org.irauditor.core.Question;
import org.irauditor.core.Status;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.report.NotAssessed;
import org.irauditor.report.ResultSource;
import org.irauditor.settings.AuditProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Computes the readiness scores from the run's results in one streaming walk. It keeps one byte per (account,
 * check) — the check's status folded over every region and resource — so memory grows with accounts times checks,
 * never with the number of results.
 */
@Component
public class ScoreCalculator {

    /** The highest maturity level. */
    public static final int MAX_LEVEL = 4;

    private final CheckWeights weights;

    @Autowired
    public ScoreCalculator(AuditProperties properties) {
        this(properties.scoring());
    }

    public ScoreCalculator(AuditProperties.Scoring scoring) {
        this.weights = new CheckWeights(scoring);
    }

    public Scores calculate(
            CheckCatalog catalog,
            OrganizationSnapshot organization,
            ResultSource results,
            List<NotAssessed> notAssessed) {
        List<CheckMetadata> checks = catalog.entries();
        Fold fold = fold(checks, results);
        List<AccountScore> accounts = scoreAccounts(checks, organization, fold);
        Tally total = organizationTotal(accounts);
        return new Scores(
                total.score(),
                total.coverage(),
                total,
                fold.counts,
                levelDistribution(accounts),
                countNotAssessed(notAssessed),
                sumPhases(accounts),
                sumQuestions(accounts),
                accounts,
                rollUpOus(accounts),
                checkStats(checks, fold));
    }

    private static Fold fold(List<CheckMetadata> checks, ResultSource results) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            index.put(checks.get(i).id(), i);
        }
        Fold fold = new Fold(index, checks.size());
        results.forEach(fold::add);
        return fold;
    }

    private List<AccountScore> scoreAccounts(List<CheckMetadata> checks, OrganizationSnapshot organization, Fold fold) {
        Map<String, OrgAccount> known = new HashMap<>();
        organization.accounts().forEach(a -> known.put(a.id(), a));
        List<AccountScore> scores = new ArrayList<>();
        fold.states.forEach((accountId, states) -> {
            OrgAccount account =
                    known.getOrDefault(accountId, new OrgAccount(accountId, null, null, null, null, null, null, null));
            scores.add(scoreAccount(checks, account, states));
        });
        scores.sort((a, b) -> {
            int byOu = a.ouPath().compareTo(b.ouPath());
            return byOu != 0 ? byOu : a.accountId().compareTo(b.accountId());
        });
        return scores;
    }

    private AccountScore scoreAccount(List<CheckMetadata> checks, OrgAccount account, byte[] states) {
        Tally total = Tally.EMPTY;
        Map<Phase, Tally> phases = new EnumMap<>(Phase.class);
        Map<Question, Tally> questions = new EnumMap<>(Question.class);
        Map<String, AggregatedStatus> services = new TreeMap<>();
        List<String> failed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            CheckMetadata check = checks.get(i);
            AggregatedStatus status = AggregatedStatus.ofCode(states[i]);
            if (status.toStatus() == null) {
                continue;
            }
            double weight = weights.weightOf(check);
            total = total.plus(status, weight);
            phases.merge(check.phase(), Tally.EMPTY.plus(status, weight), Tally::plus);
            for (Question question : check.questions()) {
                questions.merge(question, Tally.EMPTY.plus(status, weight), Tally::plus);
            }
            services.merge(check.service(), status, (x, y) -> x.compareTo(y) >= 0 ? x : y);
            if (status == AggregatedStatus.FAIL) {
                failed.add(check.id());
            } else if (status == AggregatedStatus.UNKNOWN) {
                unknown.add(check.id());
            }
        }
        Map<String, Status> serviceStatus = new TreeMap<>();
        services.forEach((service, status) -> serviceStatus.put(service, status.toStatus()));
        return new AccountScore(
                account.id(),
                account.name(),
                account.ouPath(),
                account.tags(),
                total.score(),
                total.coverage(),
                level(checks, states),
                total,
                serviceStatus,
                phases,
                questions,
                failed,
                unknown);
    }

    /**
     * The highest level N such that every check of level N or below passes; a FAIL or an UNKNOWN blocks its level,
     * checks that did not apply and checks of weight 0 (informational) do not.
     */
    private int level(List<CheckMetadata> checks, byte[] states) {
        int reached = MAX_LEVEL;
        for (int i = 0; i < checks.size(); i++) {
            AggregatedStatus status = AggregatedStatus.ofCode(states[i]);
            boolean blocks = status == AggregatedStatus.FAIL || status == AggregatedStatus.UNKNOWN;
            if (blocks && weights.weightOf(checks.get(i)) > 0) {
                reached = Math.min(reached, checks.get(i).level() - 1);
            }
        }
        return Math.max(reached, 0);
    }

    private static Tally organizationTotal(List<AccountScore> accounts) {
        return accounts.stream().map(AccountScore::total).reduce(Tally.EMPTY, Tally::plus);
    }

    private static Map<Integer, Integer> levelDistribution(List<AccountScore> accounts) {
        Map<Integer, Integer> levels = new TreeMap<>();
        for (int level = 0; level <= MAX_LEVEL; level++) {
            levels.put(level, 0);
        }
        accounts.forEach(a -> levels.merge(a.level(), 1, Integer::sum));
        return levels;
    }

    private static int countNotAssessed(List<NotAssessed> notAssessed) {
        return (int) notAssessed.stream()
                .filter(n -> CheckResult.GLOBAL.equals(n.region()))
                .map(NotAssessed::accountId)
                .distinct()
                .count();
    }

    private static Map<Phase, Tally> sumPhases(List<AccountScore> accounts) {
        Map<Phase, Tally> phases = new EnumMap<>(Phase.class);
        accounts.forEach(a -> a.phases().forEach((phase, tally) -> phases.merge(phase, tally, Tally::plus)));
        return phases;
    }

    private static Map<Question, Tally> sumQuestions(List<AccountScore> accounts) {
        Map<Question, Tally> questions = new EnumMap<>(Question.class);
        accounts.forEach(
                a -> a.questions().forEach((question, tally) -> questions.merge(question, tally, Tally::plus)));
        return questions;
    }

    /** Every OU path and each of its ancestors, each rolled up over all the accounts below it. */
    private static List<OuScore> rollUpOus(List<AccountScore> accounts) {
        Map<String, List<AccountScore>> byOu = new TreeMap<>();
        for (AccountScore account : accounts) {
            String path = account.ouPath();
            while (path != null) {
                byOu.computeIfAbsent(path, p -> new ArrayList<>()).add(account);
                int slash = path.lastIndexOf('/');
                path = slash > 0 ? path.substring(0, slash) : null;
            }
        }
        List<OuScore> ous = new ArrayList<>();
        byOu.forEach((path, members) -> {
            Tally total = organizationTotal(members);
            ous.add(new OuScore(
                    path, members.size(), total.score(), total.coverage(), total, levelDistribution(members)));
        });
        return ous;
    }

    private static List<CheckStat> checkStats(List<CheckMetadata> checks, Fold fold) {
        int[][] counts = new int[checks.size()][AggregatedStatus.values().length];
        fold.states.values().forEach(states -> {
            for (int i = 0; i < states.length; i++) {
                counts[i][states[i]]++;
            }
        });
        List<CheckStat> stats = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            int passed = counts[i][AggregatedStatus.PASS.ordinal()];
            int failed = counts[i][AggregatedStatus.FAIL.ordinal()];
            int known = passed + failed;
            stats.add(new CheckStat(
                    checks.get(i).id(),
                    passed,
                    failed,
                    counts[i][AggregatedStatus.UNKNOWN.ordinal()],
                    counts[i][AggregatedStatus.NOT_APPLICABLE.ordinal()],
                    known > 0 ? 100.0 * passed / known : null));
        }
        return stats;
    }

    /** The state of the walk: one folded status per (account, check) and the result counts. */
    private static final class Fold {

        private final Map<String, Integer> index;
        private final int size;
        private final Map<String, byte[]> states = new LinkedHashMap<>();
        private final Map<Status, Long> counts = new EnumMap<>(Status.class);

        Fold(Map<String, Integer> index, int size) {
            this.index = index;
            this.size = size;
            for (Status status : Status.values()) {
                counts.put(status, 0L);
            }
        }

        void add(CheckResult result) {
            counts.merge(result.status(), 1L, Long::sum);
            Integer check = index.get(result.checkId());
            if (check == null) {
                return;
            }
            byte[] account = states.computeIfAbsent(result.accountId(), id -> new byte[size]);
            account[check] = (byte) Math.max(
                    account[check], AggregatedStatus.of(result.status()).code());
        }
    }
}
