package org.irauditor.cloudtrail;

import java.util.List;
import java.util.Objects;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Outcome;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * Is every trail of the account that exists also logging. Each trail is judged once, in its home region (or, when
 * that region is not audited, in the first audited region that lists it). Organization trails of another account
 * are judged in their owner's account and by {@link OrganizationTrailCheck}.
 */
@Component
public class TrailLoggingCheck implements RegionalCheck {

    public static final String ID = "cloudtrail.trail-logging";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        Outcome<List<Trail>> listed = Trails.listed(region);
        if (listed.isFailed()) {
            return List.of(Verdict.unknown(listed.error()));
        }
        List<Verdict> verdicts = Trails.distinct(listed.value()).stream()
                .filter(t -> t.ownerAccountId().equals(account.accountId()))
                .filter(t -> region.region().equals(reportingRegion(t, account)))
                .map(TrailLoggingCheck::judge)
                .toList();
        if (verdicts.isEmpty()) {
            return List.of(Verdict.notApplicable("No trail of this account has its home in " + region.region()));
        }
        return verdicts;
    }

    private static Verdict judge(Trail trail) {
        Verdict verdict;
        if (trail.status().isFailed()) {
            verdict = Verdict.unknown("The status of " + Trails.label(trail) + " could not be read ("
                            + trail.status().error().describe() + ")")
                    .with("errorCode", trail.status().error().code());
        } else if (trail.status().value().logging()) {
            verdict = Verdict.pass(Trails.subject(trail) + " is logging");
        } else {
            verdict = Verdict.fail(Trails.subject(trail) + " is not logging")
                    .with("stopLoggingTime", trail.status().value().stopLoggingTime());
        }
        return verdict.about(Trails.resource(trail))
                .with("trail", trail.trailArn())
                .with("homeRegion", trail.homeRegion());
    }

    /** The home region when it is audited, otherwise the first audited region (by name) that lists the trail. */
    private static String reportingRegion(Trail trail, AccountSnapshot account) {
        if (account.region(trail.homeRegion()).isPresent()) {
            return trail.homeRegion();
        }
        return account.regions().stream()
                .filter(r -> Trails.listed(r).asOptional().orElse(List.of()).stream()
                        .anyMatch(t -> Objects.equals(t.trailArn(), trail.trailArn())))
                .map(RegionSnapshot::region)
                .sorted()
                .findFirst()
                .orElse(trail.homeRegion());
    }
}
