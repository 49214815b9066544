package org.irauditor.scoring;

import java.util.Map;

/**
 * The readiness of one organizational unit, rolled up over every account below it (its own and its child OUs').
 *
 * @param score sum of passed weight over sum of known weight of all its accounts, 0 to 100, or {@code null}
 * @param levels number of accounts at each maturity level 0 to 4
 */
public record OuScore(
        String ouPath, int accounts, Double score, Double coverage, Tally total, Map<Integer, Integer> levels) {

    public OuScore {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }
}
