package org.irauditor.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.irauditor.core.Json;
import org.irauditor.report.ResultFiles;

/**
 * The files of one run: work files that later steps read (organization, per-account snapshots, scores) kept in
 * the state directory so that a restarted run finds them, and the reports folder named after the run.
 */
public record RunWorkspace(String runId, Path workDirectory, Path reportDirectory) {

    public static RunWorkspace of(Path reportsRoot, Path stateRoot, String runId) {
        return new RunWorkspace(runId, stateRoot.resolve("runs").resolve(runId), reportsRoot.resolve(runId));
    }

    public Path organizationFile() {
        return workDirectory.resolve("organization.json");
    }

    public Path snapshotFile(String accountId) {
        return workDirectory.resolve("snapshots").resolve(accountId + ".json");
    }

    public Path notAssessedFile() {
        return workDirectory.resolve("not-assessed.json");
    }

    public Path assessedFile() {
        return workDirectory.resolve("assessed-regions.json");
    }

    public Path scoresFile() {
        return workDirectory.resolve("scores.json");
    }

    public Path resultsFile() {
        return reportDirectory.resolve(ResultFiles.FILE_NAME);
    }

    /** Writes JSON through a temporary file and a rename, so a killed run never leaves half a file behind. */
    public static void writeJson(Path file, Object value) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Json.mapper().writeValue(partial.toFile(), value);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static <T> T readJson(Path file, Class<T> type) {
        try {
            return Json.mapper().readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
