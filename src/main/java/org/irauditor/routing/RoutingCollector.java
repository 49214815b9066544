package org.irauditor.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Outcome;
import org.irauditor.routing.RoutingSnapshot.EventRule;
import org.irauditor.routing.RoutingSnapshot.FindingAggregator;
import org.irauditor.routing.RoutingSnapshot.RuleTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.ListRulesResponse;
import software.amazon.awssdk.services.eventbridge.model.ListTargetsByRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.Rule;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.GetFindingAggregatorResponse;

/**
 * Collects finding routing in one region of the account that administers Security Hub (the delegated
 * administrator, or the management account): the default event bus's rules, the targets of the rules that match
 * findings, and Security Hub's finding aggregators. Other accounts are not read: the administrator receives every
 * member's findings, so its rules are the ones that route the organization.
 */
@Component
public class RoutingCollector {

    private static final Logger log = LoggerFactory.getLogger(RoutingCollector.class);

    public RoutingSnapshot collect(RegionScope scope) {
        if (!scope.administers(FindingsRoutingCheck.SECURITY_HUB)) {
            return RoutingSnapshot.notCollected();
        }
        EventBridgeClient events = scope.session().eventBridge(scope.region());
        Outcome<List<EventRule>> rules = scope.call("ListRules", () -> listRules(events));
        Map<String, Outcome<List<RuleTarget>>> targets =
                rules.isOk() ? targets(scope, events, rules.value()) : Map.of();
        log.debug(
                "Routing collected account={} region={} rules={}",
                scope.accountId(),
                scope.region(),
                rules.asOptional().map(List::size).orElse(-1));
        return new RoutingSnapshot(rules, targets, aggregators(scope));
    }

    /** ListRules has no SDK paginator: follow NextToken by hand. */
    private static List<EventRule> listRules(EventBridgeClient events) {
        List<EventRule> rules = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListRulesResponse page = events.listRules(r -> r.nextToken(next));
            page.rules().forEach(rule -> rules.add(toRule(rule)));
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return rules;
    }

    /** Targets are read only for rules that match findings: the others cannot route them. */
    private static Map<String, Outcome<List<RuleTarget>>> targets(
            RegionScope scope, EventBridgeClient events, List<EventRule> rules) {
        Map<String, Outcome<List<RuleTarget>>> targets = new LinkedHashMap<>();
        for (EventRule rule : rules) {
            if (!FindingPattern.matches(rule.eventPattern()).isEmpty()) {
                targets.put(rule.name(), scope.call("ListTargetsByRule", () -> listTargets(events, rule.name())));
            }
        }
        return targets;
    }

    /** ListTargetsByRule has no SDK paginator either. */
    private static List<RuleTarget> listTargets(EventBridgeClient events, String ruleName) {
        List<RuleTarget> targets = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListTargetsByRuleResponse page =
                    events.listTargetsByRule(r -> r.rule(ruleName).nextToken(next));
            page.targets().forEach(target -> targets.add(toTarget(target)));
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return targets;
    }

    private static Outcome<List<FindingAggregator>> aggregators(RegionScope scope) {
        SecurityHubClient hub = scope.session().securityHub(scope.region());
        Outcome<List<String>> arns = scope.call(
                "ListFindingAggregators",
                () -> hub.listFindingAggregatorsPaginator(r -> {}).findingAggregators().stream()
                        .map(summary -> summary.findingAggregatorArn())
                        .toList());
        if (arns.isFailed()) {
            return Outcome.failed(arns.error());
        }
        List<FindingAggregator> aggregators = new ArrayList<>();
        for (String arn : arns.value()) {
            Outcome<GetFindingAggregatorResponse> found = scope.call(
                    "GetFindingAggregator", () -> hub.getFindingAggregator(r -> r.findingAggregatorArn(arn)));
            if (found.isFailed()) {
                return Outcome.failed(found.error());
            }
            aggregators.add(toAggregator(found.value()));
        }
        return Outcome.ok(aggregators);
    }

    private static EventRule toRule(Rule rule) {
        return new EventRule(rule.name(), rule.arn(), rule.stateAsString(), rule.eventPattern(), rule.eventBusName());
    }

    private static RuleTarget toTarget(Target target) {
        return new RuleTarget(target.id(), target.arn());
    }

    private static FindingAggregator toAggregator(GetFindingAggregatorResponse response) {
        return new FindingAggregator(
                response.findingAggregatorArn(),
                response.findingAggregationRegion(),
                response.regionLinkingMode(),
                response.regions());
    }
}
