package org.irauditor.core;

import java.util.Objects;

/**
 * Why one AWS call failed: the operation, the AWS error code (or a local label such as {@code Timeout}),
 * the message AWS gave and its classification. Never holds credentials.
 */
public record ErrorReason(String operation, String code, String message, ErrorKind kind) {

    public ErrorReason {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        message = message == null ? "" : message;
    }

    /** A sentence for reviewers, such as "ListGraphs failed: AccessDeniedException (access denied)". */
    public String describe() {
        return operation + " failed: " + code + " (" + kind.name().toLowerCase().replace('_', ' ') + ")";
    }
}
