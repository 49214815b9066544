package org.irauditor.scoring;

import java.util.List;
import java.util.Map;
import org.irauditor.core.Phase;
import org.irauditor.core.Question;
import org.irauditor.core.Status;

/**
 * The readiness of one audited account.
 *
 * @param score 0 to 100, the weighted share of passed checks among checks with a known result; {@code null} when
 *     no check has a known result
 * @param coverage 0 to 100, the share of applicable checks with a known result (PASS or FAIL)
 * @param level the maturity level reached, 0 to 4
 * @param services per service (as named in the check metadata): FAIL when one of its checks fails, else UNKNOWN
 *     when one is unknown, else PASS
 * @param failedChecks ids of the checks that failed for this account
 * @param unknownChecks ids of the checks whose result is unknown for this account
 */
public record AccountScore(
        String accountId,
        String name,
        String ouPath,
        Map<String, String> tags,
        Double score,
        Double coverage,
        int level,
        Tally total,
        Map<String, Status> services,
        Map<Phase, Tally> phases,
        Map<Question, Tally> questions,
        List<String> failedChecks,
        List<String> unknownChecks) {

    public AccountScore {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        services = services == null ? Map.of() : Map.copyOf(services);
        phases = phases == null ? Map.of() : Map.copyOf(phases);
        questions = questions == null ? Map.of() : Map.copyOf(questions);
        failedChecks = failedChecks == null ? List.of() : List.copyOf(failedChecks);
        unknownChecks = unknownChecks == null ? List.of() : List.copyOf(unknownChecks);
    }
}
