package org.irauditor.cloudtrail;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Outcome;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * Is the region recorded by a trail that is logging: the account's own multi-region trail, a trail homed in the
 * region, or an organization trail (judged from its owner's snapshot). The verdict does not depend on the order
 * in which trails are listed.
 */
@Component
public class RegionCoverageCheck implements RegionalCheck {

    public static final String ID = "cloudtrail.region-coverage";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        String name = region.region();
        List<Trail> candidates = Trails.visibleIn(region, account.accountId(), organization).stream()
                .filter(t -> t.covers(name))
                .toList();
        List<Trail> logging = candidates.stream()
                .filter(Trails::isLogging)
                .sorted(Comparator.comparing((Trail t) -> !recordsManagementEvents(t)))
                .toList();
        if (!logging.isEmpty()) {
            return List.of(covered(logging));
        }
        Outcome<List<Trail>> listed = Trails.listed(region);
        if (listed.isFailed()) {
            return List.of(Verdict.unknown(listed.error()));
        }
        List<Trail> unknown =
                candidates.stream().filter(t -> t.status().isFailed()).toList();
        if (!unknown.isEmpty()) {
            Trail trail = unknown.get(0);
            return List.of(Verdict.unknown("Coverage of " + name + " is unknown: the status of " + Trails.label(trail)
                            + " could not be read (" + trail.status().error().describe() + ")")
                    .with("trail", trail.trailArn())
                    .with("errorCode", trail.status().error().code()));
        }
        if (!candidates.isEmpty()) {
            return List.of(
                    Verdict.fail("No logging trail covers " + name + " (not logging: " + labels(candidates) + ")")
                            .with("trails", arns(candidates)));
        }
        return List.of(Verdict.fail("No trail covers " + name));
    }

    /**
     * Whether the trail is known to record management events. Only orders the logging trails (the one named in
     * the message); whether they record every management event is {@link ManagementEventsCheck}'s question.
     */
    private static boolean recordsManagementEvents(Trail trail) {
        return trail.selectors().isOk()
                && !SelectorAnalysis.management(trail.selectors().value()).isEmpty();
    }

    private static Verdict covered(List<Trail> logging) {
        Trail first = logging.get(0);
        return Verdict.pass("Covered by " + Trails.label(first))
                .with("trail", first.trailArn())
                .with("homeRegion", first.homeRegion())
                .with("loggingTrails", arns(logging));
    }

    private static String labels(List<Trail> trails) {
        return trails.stream().map(Trails::label).collect(Collectors.joining(", "));
    }

    private static String arns(List<Trail> trails) {
        return trails.stream().map(Trail::trailArn).collect(Collectors.joining(", "));
    }
}
