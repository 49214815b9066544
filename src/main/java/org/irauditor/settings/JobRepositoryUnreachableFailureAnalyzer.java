package org.irauditor.settings;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Prints a job repository database that refuses the connection (wrong password, host down, unknown database) as
 * one line naming the database, instead of a stack whose cause sits at the bottom. A locked embedded database is
 * left to {@link StateDirectoryInUseFailureAnalyzer}.
 */
public class JobRepositoryUnreachableFailureAnalyzer implements FailureAnalyzer, Ordered {

    private final Environment environment;

    public JobRepositoryUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        SQLException connection = connectionFailure(failure);
        if (connection == null
                || connection.getErrorCode() == StateDirectoryInUseFailureAnalyzer.DATABASE_ALREADY_OPEN) {
            return null;
        }
        return new FailureAnalysis(
                "The job repository database " + database() + " cannot be used: " + connection.getMessage(),
                "Check spring.datasource.url, spring.datasource.username and spring.datasource.password, and that"
                        + " the database server is running. Nothing was sent to AWS.",
                connection);
    }

    /** The first SQL error in the chain whose SQL state says the connection failed (class 08, or 28 for login). */
    private static SQLException connectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08")
                            || sql.getSQLState().startsWith("28")
                            || sql.getSQLState().startsWith("3D"))) {
                return sql;
            }
        }
        return null;
    }

    /** The database URL without its query or properties, which may carry a password. */
    private String database() {
        String url = environment == null ? null : environment.getProperty("spring.datasource.url");
        if (url == null) {
            return "(spring.datasource.url not set)";
        }
        int end = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return url.substring(0, end);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
