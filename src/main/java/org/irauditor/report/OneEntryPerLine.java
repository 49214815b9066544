package org.irauditor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * Lays out a top-level JSON array with one compact entry per line: a third of the size of an indented file, and
 * still readable line by line with grep or a pager for organizations of thousands of accounts.
 */
public final class OneEntryPerLine extends MinimalPrettyPrinter {

    @Override
    public void beforeArrayValues(JsonGenerator generator) throws IOException {
        if (topLevel(generator)) {
            generator.writeRaw('\n');
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(topLevel(generator) ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator generator, int entries) throws IOException {
        if (topLevel(generator) && entries > 0) {
            generator.writeRaw('\n');
        }
        generator.writeRaw(']');
    }

    private static boolean topLevel(JsonGenerator generator) {
        return generator.getOutputContext().getParent() == null
                || generator.getOutputContext().getParent().inRoot();
    }
}
