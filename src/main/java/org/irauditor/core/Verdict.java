package org.irauditor.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a check concluded, before it is tied to an account and region. Checks return verdicts; the
 * evaluator turns them into {@link CheckResult}s.
 *
 * @param resource the resource the verdict is about, or {@code null} for the account (or region) itself
 * @param evidence the facts the verdict rests on, in the order a reviewer should read them
 */
public record Verdict(Status status, String message, Resource resource, Map<String, String> evidence) {

    public Verdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    public static Verdict pass(String message) {
        return new Verdict(Status.PASS, message, null, Map.of());
    }

    public static Verdict fail(String message) {
        return new Verdict(Status.FAIL, message, null, Map.of());
    }

    public static Verdict unknown(String message) {
        return new Verdict(Status.UNKNOWN, message, null, Map.of());
    }

    /** UNKNOWN because an AWS call failed; the message names the operation and the error code. */
    public static Verdict unknown(ErrorReason reason) {
        return unknown(reason.describe()).with("errorCode", reason.code());
    }

    public static Verdict notApplicable(String message) {
        return new Verdict(Status.NOT_APPLICABLE, message, null, Map.of());
    }

    /** A copy of this verdict about the given resource. */
    public Verdict about(Resource newResource) {
        return new Verdict(status, message, newResource, evidence);
    }

    /** A copy of this verdict with one more piece of evidence; {@code null} values are left out. */
    public Verdict with(String key, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(evidence);
        more.put(key, String.valueOf(value));
        return new Verdict(status, message, resource, more);
    }
}
