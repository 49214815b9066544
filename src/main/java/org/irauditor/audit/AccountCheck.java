package org.irauditor.audit;

import java.util.List;
import org.irauditor.core.Verdict;

/** A check evaluated once per audited account, possibly across all its regions. */
public interface AccountCheck extends Check {

    /** Evaluates one account. Returns at least one verdict. */
    List<Verdict> evaluate(AccountSnapshot account, OrganizationContext organization);
}
