package org.irauditor.cloudtrail;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.irauditor.core.Outcome;

/**
 * One trail as {@code DescribeTrails} describes it, with the answers of the per-trail calls made in its home
 * region with its full ARN.
 *
 * @param status the {@code GetTrailStatus} answer
 * @param selectors the {@code GetEventSelectors} answer
 * @param insightSelectors the {@code GetInsightSelectors} answer; empty when Insights are not enabled
 */
public record Trail(
        @JsonProperty("Name") String name,
        @JsonProperty("TrailARN") String trailArn,
        @JsonProperty("HomeRegion") String homeRegion,
        @JsonProperty("IsMultiRegionTrail") boolean multiRegion,
        @JsonProperty("IsOrganizationTrail") boolean organizationTrail,
        @JsonProperty("LogFileValidationEnabled") boolean logFileValidationEnabled,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("CloudWatchLogsLogGroupArn") String cloudWatchLogsLogGroupArn,
        @JsonProperty("S3BucketName") String s3BucketName,
        @JsonProperty("Status") Outcome<TrailStatus> status,
        @JsonProperty("EventSelectors") Outcome<EventSelectors> selectors,
        @JsonProperty("InsightSelectors") Outcome<List<InsightSelector>> insightSelectors) {

    public Trail {
        status = status == null ? Outcome.failed(CloudTrailErrors.notCollected("GetTrailStatus")) : status;
        selectors = selectors == null ? Outcome.failed(CloudTrailErrors.notCollected("GetEventSelectors")) : selectors;
        insightSelectors = insightSelectors == null
                ? Outcome.failed(CloudTrailErrors.notCollected("GetInsightSelectors"))
                : insightSelectors;
    }

    /** The account that owns the trail, read from its ARN ({@code arn:partition:cloudtrail:region:account:trail/name}). */
    @JsonIgnore
    public String ownerAccountId() {
        String[] parts = trailArn == null ? new String[0] : trailArn.split(":", 6);
        return parts.length > 4 ? parts[4] : "";
    }

    /** True when the trail records events of the region: a multi-region trail, or a trail homed there. */
    public boolean covers(String region) {
        return multiRegion || region.equals(homeRegion);
    }
}
