package org.irauditor.cloudtrail;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.irauditor.core.Outcome;

/**
 * A CloudTrail Lake event data store listed by {@code ListEventDataStores}, with its {@code GetEventDataStore}
 * answer.
 */
public record EventDataStore(
        @JsonProperty("EventDataStoreArn") String arn,
        @JsonProperty("Name") String name,
        @JsonProperty("Details") Outcome<Details> details) {

    /** The part of a {@code GetEventDataStore} answer the checks read; retention is in days. */
    public record Details(
            @JsonProperty("Status") String status,
            @JsonProperty("MultiRegionEnabled") boolean multiRegionEnabled,
            @JsonProperty("OrganizationEnabled") boolean organizationEnabled,
            @JsonProperty("RetentionPeriod") Integer retentionPeriod,
            @JsonProperty("AdvancedEventSelectors") List<EventSelectors.AdvancedEventSelector> advancedEventSelectors) {

        public Details {
            advancedEventSelectors = advancedEventSelectors == null ? List.of() : List.copyOf(advancedEventSelectors);
        }
    }
}
