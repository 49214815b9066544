package org.irauditor.core;

import java.util.List;

/** A setting or a catalogue entry is wrong; the run stops before any AWS call, with its own exit code. */
public class InvalidConfigurationException extends RuntimeException {

    private final List<String> problems;

    public InvalidConfigurationException(String subject, List<String> problems) {
        super(subject + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
