package org.irauditor.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.routing.FindingPattern.FindingSource;
import org.irauditor.routing.RoutingSnapshot.EventRule;
import org.irauditor.routing.RoutingSnapshot.RuleTarget;

/**
 * An enabled rule of one region whose pattern matches findings, with the targets that start a response.
 *
 * @param targetError why the rule's targets could not be read, or {@code null}
 */
record FindingRoute(
        EventRule rule,
        Set<FindingSource> sources,
        List<String> responseTargets,
        List<String> otherTargets,
        ErrorReason targetError) {

    /** The enabled finding rules of a collected region snapshot, ordered by rule name. */
    static List<FindingRoute> of(RoutingSnapshot snapshot) {
        List<FindingRoute> routes = new ArrayList<>();
        for (EventRule rule : snapshot.rules().value()) {
            Set<FindingSource> sources = FindingPattern.matches(rule.eventPattern());
            if (rule.isEnabled() && !sources.isEmpty()) {
                routes.add(route(rule, sources, snapshot.targetsOf(rule.name())));
            }
        }
        routes.sort(Comparator.comparing(r -> r.rule().name()));
        return routes;
    }

    private static FindingRoute route(EventRule rule, Set<FindingSource> sources, Outcome<List<RuleTarget>> targets) {
        if (targets.isFailed()) {
            return new FindingRoute(rule, sources, List.of(), List.of(), targets.error());
        }
        List<String> response = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (RuleTarget target : targets.value()) {
            (ResponseTarget.isResponse(target.arn()) ? response : other).add(target.arn());
        }
        return new FindingRoute(rule, sources, response, other, null);
    }

    boolean responds() {
        return !responseTargets.isEmpty();
    }

    boolean routes(FindingSource source) {
        return responds() && sources.contains(source);
    }

    /** "Security Hub", "GuardDuty" or "Security Hub and GuardDuty". */
    String findings() {
        List<String> names = new ArrayList<>();
        if (sources.contains(FindingSource.SECURITY_HUB)) {
            names.add("Security Hub");
        }
        if (sources.contains(FindingSource.GUARDDUTY)) {
            names.add("GuardDuty");
        }
        return String.join(" and ", names);
    }

    /** A rule and its targets for evidence, such as "rule-name -> arn1, arn2". */
    String describe() {
        List<String> all = new ArrayList<>(responseTargets);
        all.addAll(otherTargets);
        return rule.name() + " -> " + (all.isEmpty() ? "no targets" : String.join(", ", all));
    }
}
