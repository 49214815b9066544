package org.irauditor.cloudtrail;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of a {@code GetInsightSelectors} answer, such as {@code ApiCallRateInsight}. */
public record InsightSelector(@JsonProperty("InsightType") String insightType) {}
