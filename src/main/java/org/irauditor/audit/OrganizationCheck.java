package org.irauditor.audit;

import java.util.List;
import org.irauditor.core.Verdict;

/** A check evaluated once for the whole organization; its results belong to the management account. */
public interface OrganizationCheck extends Check {

    /** Evaluates the organization. Returns at least one verdict. */
    List<Verdict> evaluate(OrganizationContext organization);
}
