package org.irauditor.settings;

import java.nio.file.Path;

/** Another audit holds the state directory: two runs on one job repository would take over each other's run. */
public class StateDirectoryInUseException extends RuntimeException {

    public StateDirectoryInUseException(Path stateDirectory) {
        super("another audit is running with the state directory " + stateDirectory);
    }
}
