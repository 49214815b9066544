package org.irauditor.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationCheck;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.irauditor.routing.FindingPattern.FindingSource;
import org.irauditor.routing.RoutingSnapshot.FindingAggregator;
import org.springframework.stereotype.Component;

/**
 * Security Hub and GuardDuty findings reach response automation: in every audited region of the Security Hub
 * administrator account (the delegated administrator of {@code securityhub.amazonaws.com}, else the management
 * account) an enabled EventBridge rule of the default bus matches findings and has a response target (see
 * {@link ResponseTarget}). A region whose Security Hub findings are aggregated to another region is covered by a
 * Security Hub rule there.
 *
 * <p>This is an organization check, one result per region of the administrator, because the administrator
 * receives the findings of every member: a rule there routes the whole organization, and members need no rules
 * of their own. Member accounts are therefore not judged, which keeps their rows free of results they cannot act
 * on. Each result is about the administrator's default event bus in that region.
 */
@Component
public class FindingsRoutingCheck implements OrganizationCheck {

    public static final String ID = "routing.findings-to-response";

    static final String SECURITY_HUB = "securityhub.amazonaws.com";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(OrganizationContext organization) {
        Outcome<?> admins = organization.organization().delegatedAdmins();
        if (admins.isFailed()) {
            return List.of(Verdict.unknown("The Security Hub administrator account is unknown: "
                            + admins.error().describe())
                    .with("errorCode", admins.error().code()));
        }
        String admin = organization.delegatedAdmin(SECURITY_HUB).orElse(organization.managementAccountId());
        Optional<AccountSnapshot> snapshot = organization.snapshotOf(admin);
        if (snapshot.isEmpty()) {
            return List.of(Verdict.unknown("The Security Hub administrator account " + admin + " was not audited")
                    .with("administrator", admin));
        }
        return evaluate(snapshot.get(), organization.organization().partition());
    }

    private List<Verdict> evaluate(AccountSnapshot admin, String partition) {
        if (admin.accessError() != null) {
            return List.of(Verdict.unknown("The Security Hub administrator account " + admin.accountId()
                            + " could not be audited: " + admin.accessError().describe())
                    .with("administrator", admin.accountId())
                    .with("errorCode", admin.accessError().code()));
        }
        if (admin.regions().isEmpty()) {
            return List.of(Verdict.unknown(
                            "The Security Hub administrator account " + admin.accountId() + " has no audited region")
                    .with("administrator", admin.accountId()));
        }
        Aggregation aggregation = Aggregation.of(admin.regions());
        List<Verdict> verdicts = new ArrayList<>();
        for (RegionSnapshot region : admin.regions()) {
            Verdict verdict = evaluate(region, admin, aggregation)
                    .with("administrator", admin.accountId())
                    .about(eventBus(partition, region.region(), admin.accountId()));
            verdicts.add(verdict);
        }
        return verdicts;
    }

    private static Verdict evaluate(RegionSnapshot region, AccountSnapshot admin, Aggregation aggregation) {
        Routes own = Routes.of(region, admin.accountId());
        if (own.error() != null) {
            return own.error();
        }
        Optional<FindingRoute> route =
                own.routes().stream().filter(FindingRoute::responds).findFirst();
        if (route.isPresent()) {
            return routed(region.region(), route.get(), own.routes());
        }
        Optional<String> target = aggregation.regionOf(region.region());
        if (target.isPresent()) {
            return aggregated(region.region(), target.get(), admin, own.routes());
        }
        Optional<Verdict> pending = own.routes().stream()
                .filter(r -> r.targetError() != null)
                .findFirst()
                .map(r -> Verdict.unknown(r.targetError()).with("rule", r.rule().name()));
        if (pending.isPresent()) {
            return pending.get();
        }
        if (aggregation.error() != null) {
            return Verdict.unknown("No EventBridge rule in " + region.region()
                            + " routes findings to a response target, and whether Security Hub aggregates them to"
                            + " another region is unknown: "
                            + aggregation.error().describe())
                    .with("errorCode", aggregation.error().code());
        }
        return notRouted(region.region(), admin.accountId(), own.routes());
    }

    private static Verdict routed(String region, FindingRoute route, List<FindingRoute> all) {
        return Verdict.pass("EventBridge rule " + route.rule().name() + " in " + region + " routes " + route.findings()
                        + " findings to " + String.join(", ", route.responseTargets()))
                .with("rule", route.rule().arn())
                .with("targets", String.join(", ", route.responseTargets()))
                .with("findingRules", describe(all));
    }

    private static Verdict aggregated(
            String region, String aggregationRegion, AccountSnapshot admin, List<FindingRoute> own) {
        Optional<RegionSnapshot> there = admin.region(aggregationRegion);
        Routes routes = there.map(r -> Routes.of(r, admin.accountId())).orElse(null);
        String prefix = "Security Hub findings in " + region + " are aggregated to " + aggregationRegion;
        if (routes == null) {
            return Verdict.unknown(prefix + ", which was not audited").with("aggregationRegion", aggregationRegion);
        }
        if (routes.error() != null) {
            return Verdict.unknown(prefix + ", where finding routing could not be read: "
                            + routes.error().message())
                    .with("aggregationRegion", aggregationRegion);
        }
        Optional<FindingRoute> route = routes.routes().stream()
                .filter(r -> r.routes(FindingSource.SECURITY_HUB))
                .findFirst();
        if (route.isEmpty()) {
            return notRouted(region, admin.accountId(), own).with("aggregationRegion", aggregationRegion);
        }
        return Verdict.pass(prefix + ", where EventBridge rule "
                        + route.get().rule().name() + " routes them to "
                        + String.join(", ", route.get().responseTargets()))
                .with("aggregationRegion", aggregationRegion)
                .with("rule", route.get().rule().arn())
                .with("targets", String.join(", ", route.get().responseTargets()));
    }

    private static Verdict notRouted(String region, String admin, List<FindingRoute> own) {
        return Verdict.fail("No enabled EventBridge rule in " + region + " of the Security Hub administrator account "
                        + admin + " routes Security Hub or GuardDuty findings to a response target")
                .with("findingRules", describe(own));
    }

    private static String describe(List<FindingRoute> routes) {
        return routes.isEmpty()
                ? null
                : String.join("; ", routes.stream().map(FindingRoute::describe).toList());
    }

    private static Resource eventBus(String partition, String region, String accountId) {
        String arn = "arn:" + partition + ":events:" + region + ":" + accountId + ":event-bus/default";
        return new Resource("AwsEventsEventbus", arn);
    }

    /** The finding rules of one region, or the UNKNOWN verdict saying why they cannot be read. */
    private record Routes(List<FindingRoute> routes, Verdict error) {

        static Routes of(RegionSnapshot region, String admin) {
            if (region.error() != null) {
                return new Routes(List.of(), Verdict.unknown(region.error()));
            }
            RoutingSnapshot routing = region.routing();
            if (routing == null || !routing.isCollected()) {
                return new Routes(
                        List.of(),
                        Verdict.unknown("Finding routing was not collected in " + region.region()
                                + " of the Security Hub administrator account " + admin));
            }
            if (routing.rules().isFailed()) {
                return new Routes(List.of(), Verdict.unknown(routing.rules().error()));
            }
            return new Routes(FindingRoute.of(routing), null);
        }
    }

    /** The administrator's finding aggregators, read in any of its regions, and the first failure to read them. */
    private record Aggregation(Collection<FindingAggregator> aggregators, ErrorReason error) {

        static Aggregation of(List<RegionSnapshot> regions) {
            Map<String, FindingAggregator> byArn = new LinkedHashMap<>();
            ErrorReason error = null;
            for (RegionSnapshot region : regions) {
                Outcome<List<FindingAggregator>> found =
                        region.routing() == null ? null : region.routing().findingAggregators();
                if (found != null && found.isOk()) {
                    found.value().forEach(a -> byArn.putIfAbsent(a.findingAggregatorArn(), a));
                } else if (found != null && error == null && found.error().kind() != ErrorKind.NOT_ENABLED) {
                    // Security Hub not enabled in a region means no aggregator there, not an unknown one
                    error = found.error();
                }
            }
            return new Aggregation(byArn.values(), error);
        }

        /** The region another region's Security Hub findings are replicated to, if any. */
        Optional<String> regionOf(String region) {
            return aggregators.stream()
                    .filter(a -> !region.equals(a.findingAggregationRegion()) && a.links(region))
                    .map(FindingAggregator::findingAggregationRegion)
                    .findFirst();
        }
    }
}
