package org.irauditor.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one report format from the canonical model into the run's folder. */
public interface ReportWriter {

    /** The file this writer produces, relative to the run's folder. */
    String fileName();

    void write(AuditReport report, Path runDirectory) throws IOException;
}
