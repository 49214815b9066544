package org.irauditor.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.irauditor.core.CheckResult;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns snapshots into results so that every check in scope yields at least one result: a whole account that
 * could not be accessed, a region that failed as a whole and a check that broke all become UNKNOWN results with
 * the reason, never missing rows.
 */
public final class CheckEvaluator {

    private static final Logger log = LoggerFactory.getLogger(CheckEvaluator.class);

    private final CheckCatalog catalog;

    public CheckEvaluator(CheckCatalog catalog) {
        this.catalog = catalog;
    }

    /** Evaluates every regional and account-level check for one audited account. */
    public void evaluateAccount(AccountSnapshot account, OrganizationContext organization, Consumer<CheckResult> out) {
        String accountId = account.accountId();
        if (account.accessError() != null) {
            emitInaccessible(account, out);
            return;
        }
        for (RegionSnapshot region : account.regions()) {
            for (RegionalCheck check : catalog.regionalChecks()) {
                if (region.error() != null) {
                    out.accept(CheckResult.of(check.id(), accountId, region.region(), Verdict.unknown(region.error())));
                } else {
                    emit(check, accountId, region.region(), () -> check.evaluate(region, account, organization), out);
                }
            }
        }
        for (AccountCheck check : catalog.accountChecks()) {
            emit(check, accountId, CheckResult.GLOBAL, () -> check.evaluate(account, organization), out);
        }
    }

    /** Evaluates the organization-level checks; their results belong to the management account. */
    public void evaluateOrganization(OrganizationContext organization, Consumer<CheckResult> out) {
        for (OrganizationCheck check : catalog.organizationChecks()) {
            emit(
                    check,
                    organization.managementAccountId(),
                    CheckResult.GLOBAL,
                    () -> check.evaluate(organization),
                    out);
        }
    }

    /** Convenience for tests and small organizations: every result of one account as a list. */
    public List<CheckResult> evaluateAccount(AccountSnapshot account, OrganizationContext organization) {
        List<CheckResult> results = new ArrayList<>();
        evaluateAccount(account, organization, results::add);
        return results;
    }

    private void emitInaccessible(AccountSnapshot account, Consumer<CheckResult> out) {
        ErrorReason reason = account.accessError();
        Verdict verdict =
                Verdict.unknown("Account not assessed: " + reason.describe()).with("errorCode", reason.code());
        catalog.regionalChecks()
                .forEach(c -> out.accept(CheckResult.of(c.id(), account.accountId(), CheckResult.GLOBAL, verdict)));
        catalog.accountChecks()
                .forEach(c -> out.accept(CheckResult.of(c.id(), account.accountId(), CheckResult.GLOBAL, verdict)));
    }

    private static void emit(
            Check check,
            String accountId,
            String region,
            Supplier<List<Verdict>> evaluation,
            Consumer<CheckResult> out) {
        List<Verdict> verdicts;
        try {
            verdicts = evaluation.get();
        } catch (RuntimeException e) {
            log.error("Check failed check={} account={} region={}", check.id(), accountId, region, e);
            verdicts = List.of(Verdict.unknown(
                    "The check could not be evaluated: " + e.getClass().getSimpleName()));
        }
        if (verdicts == null || verdicts.isEmpty()) {
            log.error("Check returned no verdict check={} account={} region={}", check.id(), accountId, region);
            verdicts = List.of(Verdict.unknown("The check returned no verdict"));
        }
        verdicts.forEach(v -> out.accept(CheckResult.of(check.id(), accountId, region, v)));
    }
}
