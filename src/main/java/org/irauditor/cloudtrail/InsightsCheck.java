package org.irauditor.cloudtrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.irauditor.audit.AccountCheck;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/** Does a logging trail covering the account record Insights events for unusual API call rates and error rates. */
@Component
public class InsightsCheck implements AccountCheck {

    public static final String ID = "cloudtrail.insights";

    static final List<String> REQUIRED = List.of("ApiCallRateInsight", "ApiErrorRateInsight");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(AccountSnapshot account, OrganizationContext organization) {
        AccountTrails trails = AccountTrails.of(account, organization);
        if (trails.logging().isEmpty()) {
            return List.of(trails.noLoggingTrail());
        }
        List<String> partial = new ArrayList<>();
        Trail unreadable = null;
        for (Trail trail : trails.logging()) {
            if (trail.insightSelectors().isFailed()) {
                unreadable = unreadable == null ? trail : unreadable;
                continue;
            }
            Set<String> types = new TreeSet<>();
            trail.insightSelectors().value().forEach(s -> types.add(s.insightType()));
            if (types.containsAll(REQUIRED)) {
                return List.of(Verdict.pass(Trails.subject(trail) + " records " + String.join(" and ", REQUIRED)
                                + " Insights events")
                        .about(Trails.resource(trail))
                        .with("trail", trail.trailArn()));
            }
            if (!types.isEmpty()) {
                partial.add(Trails.label(trail) + " records only " + String.join(", ", types));
            }
        }
        if (unreadable != null) {
            return List.of(Verdict.unknown(
                            "The Insights selectors of " + Trails.label(unreadable) + " could not be read ("
                                    + unreadable.insightSelectors().error().describe() + ")")
                    .about(Trails.resource(unreadable))
                    .with("trail", unreadable.trailArn())
                    .with("errorCode", unreadable.insightSelectors().error().code()));
        }
        if (partial.isEmpty()) {
            return List.of(Verdict.fail("No logging trail records Insights events"));
        }
        return List.of(Verdict.fail(
                "No logging trail records both " + String.join(" and ", REQUIRED) + ": " + String.join("; ", partial)));
    }
}
