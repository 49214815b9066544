package org.irauditor.securityhub;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationCheck;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.irauditor.securityhub.SecurityHubSnapshot.FindingAggregator;
import org.springframework.stereotype.Component;

/**
 * The Security Hub administrator aggregates findings across regions into one home region, and the regions it
 * links cover every region audited in the administrator account.
 */
@Component
public class SecurityHubFindingAggregatorCheck implements OrganizationCheck {

    public static final String ID = "securityhub.finding-aggregator";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(OrganizationContext organization) {
        SecurityHubFacts.AdministratorSnapshot admin = SecurityHubFacts.administratorSnapshot(organization);
        if (admin.verdict() != null) {
            return List.of(admin.verdict());
        }
        return List.of(evaluate(admin.snapshot()).with("administrator", admin.accountId()));
    }

    private static Verdict evaluate(AccountSnapshot admin) {
        List<Outcome<List<FindingAggregator>>> answers = admin.regions().stream()
                .map(RegionSnapshot::securityHub)
                .filter(Objects::nonNull)
                .map(SecurityHubSnapshot::findingAggregators)
                .filter(Objects::nonNull)
                .toList();
        if (answers.stream().noneMatch(Outcome::isOk)) {
            return answers.stream()
                    .map(a -> Verdict.unknown(a.error()))
                    .findFirst()
                    .orElseGet(() -> Verdict.unknown("The Security Hub finding aggregators were not collected in the "
                            + "administrator account " + admin.accountId() + "."));
        }
        Map<String, FindingAggregator> aggregators = merge(answers);
        if (aggregators.isEmpty()) {
            return Verdict.fail("No cross-region finding aggregator is configured in the Security Hub administrator "
                            + "account " + admin.accountId() + ".")
                    .about(Resource.account(admin.accountId()));
        }
        FindingAggregator aggregator = aggregators.values().iterator().next();
        return evaluate(aggregator, auditedRegions(admin))
                .with("findingAggregator", aggregator.findingAggregatorArn())
                .with("homeRegion", aggregator.findingAggregationRegion())
                .with("regionLinkingMode", aggregator.regionLinkingMode())
                .with("linkedRegions", aggregator.regions().isEmpty() ? null : String.join(", ", aggregator.regions()))
                .about(new Resource("Other", aggregator.findingAggregatorArn()));
    }

    private static Verdict evaluate(FindingAggregator aggregator, Set<String> audited) {
        String home = aggregator.findingAggregationRegion();
        if (aggregator.regionLinkingMode() == null) {
            return Verdict.unknown("The finding aggregator could not be read in its home region " + home + ".");
        }
        Set<String> missing = new LinkedHashSet<>(audited);
        missing.remove(home);
        switch (aggregator.regionLinkingMode()) {
            case "ALL_REGIONS" -> missing.clear();
            case "ALL_REGIONS_EXCEPT_SPECIFIED" -> missing.retainAll(aggregator.regions());
            case "SPECIFIED_REGIONS" -> aggregator.regions().forEach(missing::remove);
            default -> {
                // NO_REGIONS: the aggregator links nothing beyond its home region.
            }
        }
        if (missing.isEmpty()) {
            return Verdict.pass(
                    "A cross-region finding aggregator in " + home + " collects the findings of every audited region.");
        }
        return Verdict.fail("The cross-region finding aggregator in " + home
                        + " does not collect the findings of every audited region.")
                .with("missingRegions", String.join(", ", missing));
    }

    /** Aggregators by ARN; the copy read in the home region (with its linking mode) wins over bare ARNs. */
    private static Map<String, FindingAggregator> merge(List<Outcome<List<FindingAggregator>>> answers) {
        Map<String, FindingAggregator> byArn = new LinkedHashMap<>();
        answers.stream()
                .filter(Outcome::isOk)
                .flatMap(a -> a.value().stream())
                .forEach(a -> byArn.merge(
                        a.findingAggregatorArn(), a, (old, next) -> old.regionLinkingMode() == null ? next : old));
        return byArn;
    }

    private static Set<String> auditedRegions(AccountSnapshot admin) {
        Set<String> regions = new LinkedHashSet<>();
        admin.regions().forEach(r -> regions.add(r.region()));
        return regions;
    }
}
