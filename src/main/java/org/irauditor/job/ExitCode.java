package org.irauditor.job;

/** The auditor's exit codes, documented in the README; a nightly pipeline acts on them. */
public enum ExitCode {
    /** Every account and region was assessed and the score is above the threshold. */
    SUCCESS(0),
    /** The run failed: nothing trustworthy was produced (for example the organization could not be listed). */
    FAILED(1),
    /** A setting or the check catalogue is invalid; nothing was called. */
    INVALID_CONFIGURATION(2),
    /** Reports were written, but some accounts, regions or checks could not be assessed (UNKNOWN). */
    PARTIAL(3),
    /** Reports were written and the organization score is below {@code audit.scoring.threshold}. */
    BELOW_THRESHOLD(4),
    /** Reports were written, but a report file could not be written or Security Hub rejected findings. */
    OUTPUT_INCOMPLETE(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The code of a completed run: the most serious condition wins. */
    public static ExitCode of(RunOutcome outcome, double threshold) {
        if (outcome.failedReports() > 0 || outcome.rejectedFindings() > 0) {
            return OUTPUT_INCOMPLETE;
        }
        if (threshold > 0 && outcome.organizationScore() >= 0 && outcome.organizationScore() < threshold) {
            return BELOW_THRESHOLD;
        }
        if (outcome.count(org.irauditor.core.Status.UNKNOWN) > 0) {
            return PARTIAL;
        }
        return SUCCESS;
    }
}
