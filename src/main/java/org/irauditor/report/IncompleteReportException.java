package org.irauditor.report;

import java.io.IOException;

/**
 * A report file was written but lacks entries it should hold (for example findings that failed validation): the
 * file stays, and the run's exit code says the output is incomplete.
 */
public class IncompleteReportException extends IOException {

    public IncompleteReportException(String message) {
        super(message);
    }
}
