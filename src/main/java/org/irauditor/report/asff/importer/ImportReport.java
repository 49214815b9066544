package org.irauditor.report.asff.importer;

import java.util.List;

/**
 * What the Security Hub import did, for the run summary and the exit code.
 *
 * @param sent findings sent, archived ones included
 * @param succeeded findings Security Hub accepted
 * @param failed findings refused, by Security Hub (its {@code FailedFindings}) or before sending
 * @param archived findings of earlier runs archived because this run no longer reports them
 */
public record ImportReport(boolean enabled, int sent, int succeeded, List<FailedFinding> failed, int archived) {

    public ImportReport {
        failed = List.copyOf(failed);
    }

    /** The report of a run whose import is switched off. */
    public static ImportReport disabled() {
        return new ImportReport(false, 0, 0, List.of(), 0);
    }

    /** True when every finding sent was accepted. */
    public boolean complete() {
        return failed.isEmpty();
    }

    /** One finding Security Hub did not accept, with its error code and message. */
    public record FailedFinding(String id, String errorCode, String errorMessage) {}
}
