package org.irauditor.report.asff.importer;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.irauditor.core.CheckResult;

/**
 * The exact scope of a run: the accounts audited, the regions audited in each of them and the checks run. Only
 * findings inside it are ever archived; account-level findings ({@code global}) belong to every audited account.
 */
public record ImportScope(Map<String, Set<String>> regionsByAccount, Set<String> checkIds) {

    public ImportScope {
        Map<String, Set<String>> copy = new TreeMap<>();
        regionsByAccount.forEach((account, regions) -> copy.put(account, Set.copyOf(regions)));
        regionsByAccount = Map.copyOf(copy);
        checkIds = Set.copyOf(checkIds);
    }

    public Set<String> accounts() {
        return regionsByAccount.keySet();
    }

    public boolean contains(String accountId, String region, String checkId) {
        Set<String> regions = regionsByAccount.get(accountId);
        return regions != null
                && checkIds.contains(checkId)
                && (CheckResult.GLOBAL.equals(region) || regions.contains(region));
    }
}
