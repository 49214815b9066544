package org.irauditor.routing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irauditor.core.Outcome;
import org.irauditor.routing.RoutingSnapshot.EventRule;
import org.irauditor.routing.RoutingSnapshot.FindingAggregator;
import org.irauditor.routing.RoutingSnapshot.RuleTarget;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/**
 * The finding routing of sandbox accounts, from the account's {@code routing} trait. As in AWS, only the
 * management account and the Security Hub administrator are read; the administrator aggregates Security Hub
 * findings of every region into the home region.
 *
 * <ul>
 *   <li>{@code ready}: in the home region, a rule sends imported Security Hub findings to a Lambda function and
 *       an SNS topic
 *   <li>{@code missing}: in the home region, findings only go to a CloudWatch Logs group, which starts no response
 * </ul>
 */
public final class RoutingSandbox {

    static final String RULE = "securityhub-findings-to-response";
    static final String PATTERN =
            "{\"source\":[\"aws.securityhub\"],\"detail-type\":[\"Security Hub Findings - Imported\"]}";

    /** The trait values this class interprets; the sandbox definition is validated against them. */
    public static final Set<String> TRAITS = Set.of(SandboxAccount.READY, "missing");

    private RoutingSandbox() {}

    public static RoutingSnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        boolean administrator = organization
                .delegatedAdmin(FindingsRoutingCheck.SECURITY_HUB)
                .map(account.id()::equals)
                .orElse(false);
        if (!administrator && !organization.isManagement(account)) {
            return RoutingSnapshot.notCollected();
        }
        boolean home = region.equals(organization.homeRegion());
        Outcome<List<FindingAggregator>> aggregators =
                Outcome.ok(administrator && home ? List.of(aggregator(account, region, organization)) : List.of());
        if (!home) {
            return new RoutingSnapshot(Outcome.ok(List.of()), Map.of(), aggregators);
        }
        String prefix = "arn:" + organization.partition() + ":";
        EventRule rule = new EventRule(
                RULE,
                prefix + "events:" + region + ":" + account.id() + ":rule/" + RULE,
                "ENABLED",
                PATTERN,
                "default");
        List<RuleTarget> targets = "missing".equals(account.trait("routing"))
                ? List.of(new RuleTarget(
                        "archive",
                        prefix + "logs:" + region + ":" + account.id() + ":log-group:/aws/events/security-findings"))
                : List.of(
                        new RuleTarget(
                                "responder",
                                prefix + "lambda:" + region + ":" + account.id()
                                        + ":function:security-finding-responder"),
                        new RuleTarget("notify", prefix + "sns:" + region + ":" + account.id() + ":security-findings"));
        return new RoutingSnapshot(Outcome.ok(List.of(rule)), Map.of(RULE, Outcome.ok(targets)), aggregators);
    }

    private static FindingAggregator aggregator(
            SandboxAccount account, String region, SandboxOrganization organization) {
        String arn = "arn:" + organization.partition() + ":securityhub:" + region + ":" + account.id()
                + ":finding-aggregator/sandbox";
        List<String> linked = organization.linkedRegions(account);
        return linked.isEmpty()
                ? new FindingAggregator(arn, region, "ALL_REGIONS", List.of())
                : new FindingAggregator(arn, region, "SPECIFIED_REGIONS", linked);
    }
}
