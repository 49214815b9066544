package org.irauditor.audit;

import java.util.List;
import org.irauditor.core.Verdict;

/** A check evaluated in every enabled region of every audited account. */
public interface RegionalCheck extends Check {

    /**
     * Evaluates one region of one account. Returns at least one verdict: one for the region, or one per
     * resource the check is about.
     */
    List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization);
}
