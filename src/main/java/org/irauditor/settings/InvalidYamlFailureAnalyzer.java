package org.irauditor.settings;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a settings file's YAML syntax error as one line naming the file, line and column. */
public class InvalidYamlFailureAnalyzer extends AbstractFailureAnalyzer<InvalidYamlException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidYamlException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct " + cause.file()
                        + " (indentation, quotes and brackets) and run again. Nothing was sent to AWS.",
                cause);
    }
}
