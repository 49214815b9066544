package org.irauditor.awsconfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationCheck;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.awsconfig.ConfigSnapshot.AggregatedSourceStatus;
import org.irauditor.awsconfig.ConfigSnapshot.ConfigurationAggregator;
import org.irauditor.awsconfig.ConfigSnapshot.OrganizationAggregationSource;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * An organization aggregator in the management account or the Config delegated administrator gathers every
 * account and every region, and none of its sources failed to update. Members have no aggregator, and that is
 * correct: only the administering accounts are looked at. Where AWS gives no source status, the aggregator
 * still counts and the message says the source status is unknown.
 */
@Component
public class OrganizationAggregatorCheck implements OrganizationCheck {

    public static final String ID = "config.organization-aggregator";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(OrganizationContext organization) {
        Search search = new Search();
        for (String accountId : administeringAccounts(organization)) {
            organization
                    .snapshotOf(accountId)
                    .ifPresentOrElse(search::inspect, () -> search.notAssessed.add(accountId));
        }
        return List.of(search.verdict());
    }

    private static Set<String> administeringAccounts(OrganizationContext organization) {
        Set<String> accounts = new LinkedHashSet<>();
        accounts.add(organization.managementAccountId());
        organization.delegatedAdmin(ConfigCollector.CONFIG_PRINCIPAL).ifPresent(accounts::add);
        organization
                .delegatedAdmin(ConfigCollector.MULTI_ACCOUNT_SETUP_PRINCIPAL)
                .ifPresent(accounts::add);
        return accounts;
    }

    /** An aggregator found in one region of one administering account. */
    private record Found(String accountId, String region, ConfigurationAggregator aggregator) {

        String name() {
            return aggregator.configurationAggregatorName();
        }

        String where() {
            return name() + " in account " + accountId + " (" + region + ")";
        }

        List<AggregatedSourceStatus> failedSources() {
            Outcome<List<AggregatedSourceStatus>> status = aggregator.sourcesStatus();
            if (status == null || status.isFailed()) {
                return List.of();
            }
            return status.value().stream()
                    .filter(AggregatedSourceStatus::isFailed)
                    .toList();
        }
    }

    /** What the administering accounts' snapshots say, gathered account by account. */
    private static final class Search {
        private final List<Found> covering = new ArrayList<>();
        private final List<Found> partial = new ArrayList<>();
        private final List<ErrorReason> errors = new ArrayList<>();
        private final List<String> notAssessed = new ArrayList<>();
        private final List<String> assessed = new ArrayList<>();

        void inspect(AccountSnapshot account) {
            if (account.accessError() != null) {
                errors.add(account.accessError());
                return;
            }
            assessed.add(account.accountId());
            List<String> enabledRegions =
                    account.regions().stream().map(RegionSnapshot::region).toList();
            for (RegionSnapshot region : account.regions()) {
                inspect(account.accountId(), region, enabledRegions);
            }
        }

        private void inspect(String accountId, RegionSnapshot region, List<String> enabledRegions) {
            if (region.error() != null) {
                errors.add(region.error());
                return;
            }
            Outcome<List<ConfigurationAggregator>> aggregators =
                    region.config() == null ? null : region.config().configurationAggregators();
            if (aggregators == null) {
                return;
            }
            if (aggregators.isFailed()) {
                errors.add(aggregators.error());
                return;
            }
            for (ConfigurationAggregator aggregator : aggregators.value()) {
                OrganizationAggregationSource source = aggregator.organizationAggregationSource();
                if (source == null) {
                    continue;
                }
                Found found = new Found(accountId, region.region(), aggregator);
                (coversAllRegions(source, enabledRegions) ? covering : partial).add(found);
            }
        }

        private static boolean coversAllRegions(OrganizationAggregationSource source, List<String> enabledRegions) {
            return Boolean.TRUE.equals(source.allAwsRegions())
                    || source.awsRegions().containsAll(enabledRegions);
        }

        Verdict verdict() {
            Optional<Found> best = covering.stream()
                    .min(Comparator.comparing((Found f) -> !f.failedSources().isEmpty())
                            .thenComparing(Found::accountId)
                            .thenComparing(Found::region)
                            .thenComparing(Found::name));
            if (best.isPresent()) {
                return judge(best.get());
            }
            if (!errors.isEmpty()) {
                ErrorReason first = errors.get(0);
                return withPartial(Verdict.unknown("No organization aggregator covering all accounts and regions was"
                                + " found, and an administering account could not answer: " + first.describe() + ".")
                        .with("errorCode", first.code()));
            }
            if (assessed.isEmpty()) {
                return Verdict.unknown("The management account and the Config delegated administrator were not"
                                + " assessed, so the organization aggregator is unknown.")
                        .with("notAssessed", String.join(", ", notAssessed));
            }
            if (!notAssessed.isEmpty()) {
                return withPartial(Verdict.unknown("No organization aggregator covering all accounts and regions was"
                                + " found in " + String.join(", ", assessed) + ", and " + String.join(", ", notAssessed)
                                + ", which administers Config, was not assessed.")
                        .with("notAssessed", String.join(", ", notAssessed)));
            }
            return withPartial(Verdict.fail("No organization aggregator in the management account or the Config"
                            + " delegated administrator covers all accounts and all regions.")
                    .with("accountsSearched", String.join(", ", assessed)));
        }

        private Verdict withPartial(Verdict verdict) {
            if (partial.isEmpty()) {
                return verdict;
            }
            return verdict.with(
                    "aggregatorsMissingRegions",
                    partial.stream()
                            .map(f -> f.where() + ": "
                                    + String.join(
                                            ", ",
                                            f.aggregator()
                                                    .organizationAggregationSource()
                                                    .awsRegions()))
                            .collect(Collectors.joining("; ")));
        }

        private static Verdict judge(Found found) {
            String covers = "The organization aggregator " + found.where() + " aggregates all accounts and all regions";
            Outcome<List<AggregatedSourceStatus>> status = found.aggregator().sourcesStatus();
            Verdict verdict;
            if (status == null || status.isFailed()) {
                String reason =
                        status == null ? "not collected" : status.error().describe();
                verdict = Verdict.pass(covers + "; its source status is unknown (" + reason + ").");
            } else if (!found.failedSources().isEmpty()) {
                List<AggregatedSourceStatus> failed = found.failedSources();
                verdict = Verdict.fail(covers + ", but " + failed.size() + " of its sources failed: "
                                + failed.stream().map(Search::describe).collect(Collectors.joining(", ")) + ".")
                        .with("failedSources", failed.size());
            } else {
                verdict =
                        Verdict.pass(covers + "; none of its " + status.value().size() + " sources failed.");
            }
            verdict = verdict.with("aggregator", found.name())
                    .with("account", found.accountId())
                    .with("region", found.region());
            String arn = found.aggregator().configurationAggregatorArn();
            return arn == null ? verdict : verdict.about(new Resource("Other", arn));
        }

        private static String describe(AggregatedSourceStatus source) {
            return source.sourceId() + " " + source.awsRegion()
                    + (source.lastErrorCode() == null ? "" : " (" + source.lastErrorCode() + ")");
        }
    }
}
