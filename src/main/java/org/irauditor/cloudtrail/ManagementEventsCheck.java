package org.irauditor.cloudtrail;

import java.util.ArrayList;
import java.util.List;
import org.irauditor.audit.AccountCheck;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * Does a logging multi-region trail record read and write management events from every event source, combining
 * its classic and advanced selectors.
 */
@Component
public class ManagementEventsCheck implements AccountCheck {

    public static final String ID = "cloudtrail.management-events";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(AccountSnapshot account, OrganizationContext organization) {
        AccountTrails trails = AccountTrails.of(account, organization);
        List<Trail> multiRegion =
                trails.logging().stream().filter(Trail::multiRegion).toList();
        if (multiRegion.isEmpty()) {
            return List.of(
                    trails.logging().isEmpty()
                            ? trails.noLoggingTrail()
                            : Verdict.fail("No logging multi-region trail covers this account"));
        }
        List<String> gaps = new ArrayList<>();
        Trail unreadable = null;
        for (Trail trail : multiRegion) {
            if (trail.selectors().isFailed()) {
                unreadable = unreadable == null ? trail : unreadable;
                continue;
            }
            List<Recorded> recorded =
                    SelectorAnalysis.management(trail.selectors().value());
            if (SelectorAnalysis.complete(recorded)) {
                return List.of(Verdict.pass("Multi-region " + Trails.label(trail)
                                + " records read and write management events from all event sources")
                        .about(Trails.resource(trail))
                        .with("trail", trail.trailArn()));
            }
            gaps.add(gap(trail, recorded));
        }
        if (unreadable != null) {
            return List.of(Trails.selectorsUnreadable(unreadable));
        }
        return List.of(Verdict.fail("No multi-region trail records all management events: " + String.join("; ", gaps)));
    }

    private static String gap(Trail trail, List<Recorded> recorded) {
        if (recorded.isEmpty()) {
            return Trails.label(trail) + " records no management events";
        }
        List<String> parts = new ArrayList<>();
        for (Recorded r : recorded) {
            parts.add(r.readWrite() + (r.isComplete() ? "" : " (" + String.join("; ", r.limits()) + ")"));
        }
        return Trails.label(trail) + " records " + String.join(", ", parts);
    }
}
