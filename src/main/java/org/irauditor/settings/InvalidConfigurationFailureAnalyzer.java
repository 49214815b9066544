package org.irauditor.settings;

import org.irauditor.core.InvalidConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints an invalid setting or catalogue entry as a readable list instead of a stack trace. */
public class InvalidConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfigurationException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct the settings above (config/application.yml, environment variables or --audit.* arguments)"
                        + " and run again. Nothing was sent to AWS.",
                cause);
    }
}
