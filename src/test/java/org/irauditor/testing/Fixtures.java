package org.irauditor.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.irauditor.core.Json;

/** Reads JSON fixtures from {@code src/test/resources/fixtures}, shaped like real API responses. */
public final class Fixtures {

    private Fixtures() {}

    public static <T> T read(String name, Class<T> type) {
        try (InputStream in = open(name)) {
            return Json.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("fixture " + name, e);
        }
    }

    public static <T> T read(String name, TypeReference<T> type) {
        try (InputStream in = open(name)) {
            return Json.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("fixture " + name, e);
        }
    }

    /** Parses inline JSON, for the short fixtures written in a test itself. */
    public static <T> T parse(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("inline fixture", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        return in;
    }
}
