package org.irauditor.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answer to one AWS call as kept in a snapshot: either a value or the reason there is none. Checks read
 * outcomes so that a failed call always becomes an UNKNOWN (or, where AWS documents it, a meaningful answer)
 * and never a silent pass.
 */
public record Outcome<T>(T value, ErrorReason error) {

    public Outcome {
        if (value != null && error != null) {
            throw new IllegalArgumentException("an outcome holds a value or an error, not both");
        }
    }

    public static <T> Outcome<T> ok(T value) {
        return new Outcome<>(value, null);
    }

    public static <T> Outcome<T> failed(ErrorReason error) {
        return new Outcome<>(null, error);
    }

    @JsonIgnore
    public boolean isOk() {
        return error == null;
    }

    @JsonIgnore
    public boolean isFailed() {
        return error != null;
    }

    /** True when the call failed with the given AWS error code. */
    public boolean failedWith(String code) {
        return error != null && error.code().equals(code);
    }

    public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
        return isOk() ? ok(mapper.apply(value)) : failed(error);
    }

    public Optional<T> asOptional() {
        return Optional.ofNullable(value);
    }
}
