package org.irauditor.settings;

import java.nio.file.Path;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Prints a second audit started on the state directory of one still running as one line: the state directory's
 * lock (or, before it, the embedded job database's) allows one process at a time.
 */
public class StateDirectoryInUseFailureAnalyzer implements FailureAnalyzer {

    /** H2's DATABASE_ALREADY_OPEN: another process holds the database file's lock. */
    static final int DATABASE_ALREADY_OPEN = 90020;

    private final Environment environment;

    public StateDirectoryInUseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StateDirectoryInUseException || (cause instanceof SQLException sql && locked(sql))) {
                return new FailureAnalysis(
                        "another audit is running with the state directory " + stateDirectory()
                                + " (its database is locked); wait for it or use another"
                                + " audit.reports.state-directory",
                        "Wait for the other audit to finish, or give this one its own"
                                + " --audit.reports.state-directory. Nothing was sent to AWS.",
                        cause);
            }
        }
        return null;
    }

    private static boolean locked(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    private Path stateDirectory() {
        String state = environment == null ? null : environment.getProperty("audit.reports.state-directory");
        return Path.of(state == null ? JobRepositoryDefaults.DEFAULT_STATE_DIRECTORY : state)
                .toAbsolutePath()
                .normalize();
    }
}
