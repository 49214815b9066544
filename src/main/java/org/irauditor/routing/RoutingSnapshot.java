package org.irauditor.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.irauditor.core.Outcome;

/**
 * Finding routing as collected in one region of the account that administers Security Hub: the EventBridge rules
 * of the default event bus, the targets of the rules that match findings, and Security Hub's cross-region finding
 * aggregators. Field names follow the EventBridge and Security Hub API JSON.
 *
 * @param rules the rules of the default event bus ({@code ListRules}); {@code null} in an account that does not
 *     administer Security Hub, where nothing is collected
 * @param targets the targets ({@code ListTargetsByRule}) of each rule whose pattern matches findings, by rule name
 * @param findingAggregators Security Hub finding aggregators ({@code ListFindingAggregators} with
 *     {@code GetFindingAggregator}), {@code null} where nothing is collected
 */
public record RoutingSnapshot(
        @JsonProperty("Rules") Outcome<List<EventRule>> rules,
        @JsonProperty("Targets") Map<String, Outcome<List<RuleTarget>>> targets,
        @JsonProperty("FindingAggregators") Outcome<List<FindingAggregator>> findingAggregators) {

    public RoutingSnapshot {
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    /** The snapshot of an account that does not administer Security Hub: its rules are not read. */
    public static RoutingSnapshot notCollected() {
        return new RoutingSnapshot(null, Map.of(), null);
    }

    @JsonIgnore
    public boolean isCollected() {
        return rules != null;
    }

    /** The targets of one rule; a failed outcome when they were not read. */
    public Outcome<List<RuleTarget>> targetsOf(String ruleName) {
        return targets.getOrDefault(ruleName, Outcome.ok(List.of()));
    }

    /** An EventBridge rule as {@code ListRules} returns it. */
    public record EventRule(
            @JsonProperty("Name") String name,
            @JsonProperty("Arn") String arn,
            @JsonProperty("State") String state,
            @JsonProperty("EventPattern") String eventPattern,
            @JsonProperty("EventBusName") String eventBusName) {

        /** ENABLED, or ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS which also delivers events. */
        @JsonIgnore
        public boolean isEnabled() {
            return state != null && state.startsWith("ENABLED");
        }
    }

    /** A target of a rule as {@code ListTargetsByRule} returns it. */
    public record RuleTarget(
            @JsonProperty("Id") String id,
            @JsonProperty("Arn") String arn) {}

    /**
     * A Security Hub finding aggregator as {@code GetFindingAggregator} returns it.
     *
     * @param regionLinkingMode ALL_REGIONS, ALL_REGIONS_EXCEPT_SPECIFIED, SPECIFIED_REGIONS or NO_REGIONS
     */
    public record FindingAggregator(
            @JsonProperty("FindingAggregatorArn") String findingAggregatorArn,
            @JsonProperty("FindingAggregationRegion") String findingAggregationRegion,
            @JsonProperty("RegionLinkingMode") String regionLinkingMode,
            @JsonProperty("Regions") List<String> regions) {

        public FindingAggregator {
            regions = regions == null ? List.of() : List.copyOf(regions);
        }

        /** True when findings of the region are replicated to the aggregation region. */
        public boolean links(String region) {
            if (region.equals(findingAggregationRegion)) {
                return true;
            }
            return switch (String.valueOf(regionLinkingMode)) {
                case "ALL_REGIONS" -> true;
                case "ALL_REGIONS_EXCEPT_SPECIFIED" -> !regions.contains(region);
                case "SPECIFIED_REGIONS" -> regions.contains(region);
                default -> false;
            };
        }
    }
}
