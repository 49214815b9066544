package org.irauditor.report;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Json;

/**
 * Results stored as gzipped JSON lines, one {@link CheckResult} per line: the run's canonical result file
 * ({@value #FILE_NAME} in each run's folder), streamed in and out so that no step holds them all in memory.
 */
public final class ResultFiles {

    /** The name of the result file in a run's folder. */
    public static final String FILE_NAME = "results.jsonl.gz";

    private static final ObjectWriter WRITER = Json.mapper().writerFor(CheckResult.class);
    private static final ObjectReader READER = Json.mapper().readerFor(CheckResult.class);

    private ResultFiles() {}

    /** Opens a file for appending results; close it to finish the file. */
    public static Appender append(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Writer writer = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 64 * 1024), StandardCharsets.UTF_8));
        return new Appender(writer);
    }

    /** The results of a file, read again on every walk. */
    public static ResultSource source(Path file) {
        return action -> read(file, action);
    }

    private static void read(Path file, Consumer<CheckResult> action) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 64 * 1024), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    action.accept(READER.readValue(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read results from " + file, e);
        }
    }

    /** Writes results one per line. */
    public static final class Appender implements Consumer<CheckResult>, Closeable {

        private final Writer writer;

        private Appender(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void accept(CheckResult result) {
            try {
                writer.write(WRITER.writeValueAsString(result));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a result", e);
            }
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
