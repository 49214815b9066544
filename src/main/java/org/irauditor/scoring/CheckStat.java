package org.irauditor.scoring;

/**
 * How one check fared across the organization, counted in accounts.
 *
 * @param passRate 0 to 100, accounts passed among accounts with a known result; {@code null} when none
 */
public record CheckStat(
        String checkId,
        int accountsPassed,
        int accountsFailed,
        int accountsUnknown,
        int accountsNotApplicable,
        Double passRate) {}
