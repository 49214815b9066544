package org.irauditor.report;

/**
 * An account or a region left out of the audit, with the reason: an account not ACTIVE, an account whose role
 * could not be assumed, a region not enabled for the account or excluded by the settings.
 *
 * @param region the region, or {@code global} for the whole account
 */
public record NotAssessed(String accountId, String accountName, String ouPath, String region, String reason) {}
