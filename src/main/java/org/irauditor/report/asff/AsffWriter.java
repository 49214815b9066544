package org.irauditor.report.asff;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irauditor.core.Json;
import org.irauditor.report.AuditReport;
import org.irauditor.report.IncompleteReportException;
import org.irauditor.report.OneEntryPerLine;
import org.irauditor.report.ReportWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes {@value #FILE_NAME}: every result of the run as an ASFF finding, in the JSON array that
 * {@code BatchImportFindings} takes, streamed so that a large organization is never held in memory.
 */
@Component
public class AsffWriter implements ReportWriter {

    public static final String FILE_NAME = "findings.asff.json";

    private static final Logger log = LoggerFactory.getLogger(AsffWriter.class);

    private final ReportFindings findings;

    public AsffWriter(ReportFindings findings) {
        this.findings = findings;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(AuditReport report, Path runDirectory) throws IOException {
        Files.createDirectories(runDirectory);
        Path file = runDirectory.resolve(FILE_NAME);
        int incomplete;
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new OneEntryPerLine());
            json.writeStartArray();
            ReportFindings.Summary summary = findings.walkAsff(report, finding -> writeOne(json, finding));
            json.writeEndArray();
            log.info(
                    "ASFF findings written file={} findings={} skipped={} rejected={}",
                    file,
                    summary.findings(),
                    summary.skipped(),
                    summary.rejected());
            incomplete = summary.rejected() + summary.skipped();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (incomplete > 0) {
            throw new IncompleteReportException(FILE_NAME + " lacks " + incomplete
                    + " results: findings that failed validation or results without a distinct finding id (see the"
                    + " log above)");
        }
    }

    private static void writeOne(JsonGenerator json, AsffFinding finding) {
        try {
            Json.mapper().writeValue(json, finding);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
