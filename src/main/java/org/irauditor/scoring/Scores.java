package org.irauditor.scoring;

import java.util.List;
import java.util.Map;
import org.irauditor.core.Phase;
import org.irauditor.core.Question;
import org.irauditor.core.Status;

/**
 * The readiness scores of the run: per account, per OU and for the organization. The model is described in the
 * README ("Readiness scoring") and computed by {@link ScoreCalculator}.
 *
 * @param organizationScore 0 to 100, sum of passed weight over sum of known weight of all accounts; {@code null}
 *     when no check has a known result
 * @param organizationCoverage 0 to 100, share of (account, check) pairs with a known result
 * @param resultCounts number of results of the run by status
 * @param levels number of accounts at each maturity level 0 to 4
 * @param accountsNotAssessed accounts left out of the audit as a whole (not ACTIVE, role not assumable)
 * @param phases the organization's tally per incident-response phase
 * @param questions the organization's tally per question a responder asks
 * @param checks every check of the catalogue, in catalogue order
 */
public record Scores(
        Double organizationScore,
        Double organizationCoverage,
        Tally total,
        Map<Status, Long> resultCounts,
        Map<Integer, Integer> levels,
        int accountsNotAssessed,
        Map<Phase, Tally> phases,
        Map<Question, Tally> questions,
        List<AccountScore> accounts,
        List<OuScore> ous,
        List<CheckStat> checks) {

    public Scores {
        resultCounts = resultCounts == null ? Map.of() : Map.copyOf(resultCounts);
        levels = levels == null ? Map.of() : Map.copyOf(levels);
        phases = phases == null ? Map.of() : Map.copyOf(phases);
        questions = questions == null ? Map.of() : Map.copyOf(questions);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        ous = ous == null ? List.of() : List.copyOf(ous);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** Number of results of the given status. */
    public long count(Status status) {
        return resultCounts.getOrDefault(status, 0L);
    }
}
