package org.irauditor.cloudtrail;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** The part of a {@code GetTrailStatus} answer the checks read. A missing delivery error means none was reported. */
public record TrailStatus(
        @JsonProperty("IsLogging") boolean logging,
        @JsonProperty("LatestDeliveryError") String latestDeliveryError,
        @JsonProperty("LatestDeliveryTime") Instant latestDeliveryTime,
        @JsonProperty("LatestCloudWatchLogsDeliveryError") String latestCloudWatchLogsDeliveryError,
        @JsonProperty("LatestCloudWatchLogsDeliveryTime") Instant latestCloudWatchLogsDeliveryTime,
        @JsonProperty("StartLoggingTime") Instant startLoggingTime,
        @JsonProperty("StopLoggingTime") Instant stopLoggingTime) {}
