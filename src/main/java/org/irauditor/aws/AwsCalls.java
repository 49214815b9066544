package org.irauditor.aws;

import java.util.function.Supplier;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one AWS call (including the iteration of a paginator, where the calls really happen) and keeps its
 * answer or its classified error as an {@link Outcome}.
 */
public final class AwsCalls {

    private static final Logger log = LoggerFactory.getLogger(AwsCalls.class);

    private AwsCalls() {}

    /**
     * Calls AWS; an SDK error becomes a failed outcome, logged at WARN because it yields UNKNOWN (or, for a
     * documented "not enabled" answer, a FAIL). Only SDK errors are caught: a bug still surfaces.
     */
    public static <T> Outcome<T> call(String operation, String accountId, String region, Supplier<T> call) {
        log.debug("AWS call operation={} account={} region={}", operation, accountId, region);
        try {
            return Outcome.ok(call.get());
        } catch (SdkException e) {
            ErrorReason reason = AwsErrors.classify(operation, e);
            log.warn(
                    "AWS call failed operation={} account={} region={} code={} kind={}",
                    operation,
                    accountId,
                    region,
                    reason.code(),
                    reason.kind());
            return Outcome.failed(reason);
        }
    }
}
