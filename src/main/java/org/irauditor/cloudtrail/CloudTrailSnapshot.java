package org.irauditor.cloudtrail;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.irauditor.core.Outcome;

/**
 * CloudTrail as collected in one region of one account: the trails {@code DescribeTrails} lists there
 * (deduplicated by ARN, shadow trails included, each with status and selectors read from its home region) and
 * the region's CloudTrail Lake event data stores.
 *
 * @param trails the trails visible in the region, or why they could not be listed
 * @param eventDataStores the event data stores of the region, or why they could not be listed
 */
public record CloudTrailSnapshot(
        @JsonProperty("Trails") Outcome<List<Trail>> trails,
        @JsonProperty("EventDataStores") Outcome<List<EventDataStore>> eventDataStores) {}
