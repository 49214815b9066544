package org.irauditor.report.history;

import org.irauditor.core.Status;

/**
 * A check whose failure appeared or went away for one account between two runs.
 *
 * @param before the check's status for the account in the previous run, {@code null} when it had no result
 * @param after the check's status for the account in this run, {@code null} when it has no result any more
 */
public record FailureChange(String accountId, String checkId, Status before, Status after) {}
