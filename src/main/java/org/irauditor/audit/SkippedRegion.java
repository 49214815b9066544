package org.irauditor.audit;

/** A region left out of an account's audit, with the reason shown under "not assessed". */
public record SkippedRegion(String region, String reason) {}
