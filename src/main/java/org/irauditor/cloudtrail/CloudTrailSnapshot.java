package org.irauditor.cloudtrail;

/** CloudTrail: trails (deduplicated by ARN) with status and selectors read from their home region, event data stores, as collected in one region of one account. */
public record CloudTrailSnapshot() {}
