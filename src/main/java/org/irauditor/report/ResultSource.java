package org.irauditor.report;

import java.util.function.Consumer;
import org.irauditor.core.CheckResult;

/**
 * The run's results, read again from storage each time they are walked, so that a large organization never has
 * to hold them all in memory.
 */
public interface ResultSource {

    /** Walks every result in a stable order (account, then region, then check). */
    void forEach(Consumer<CheckResult> action);
}
