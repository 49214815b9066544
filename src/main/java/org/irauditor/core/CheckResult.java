package org.irauditor.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One result of the audit: a check evaluated for one account, in one region (or {@link #GLOBAL} for
 * account and organization level checks), about one resource.
 */
public record CheckResult(
        String checkId,
        String accountId,
        String region,
        Resource resource,
        Status status,
        String message,
        Map<String, String> evidence) {

    /** Region value of account and organization level results. */
    public static final String GLOBAL = "global";

    public CheckResult {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        resource = resource == null ? Resource.account(accountId) : resource;
        evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    public static CheckResult of(String checkId, String accountId, String region, Verdict verdict) {
        return new CheckResult(
                checkId,
                accountId,
                region,
                verdict.resource(),
                verdict.status(),
                verdict.message(),
                verdict.evidence());
    }

    /** True for account and organization level results. */
    public boolean isGlobal() {
        return GLOBAL.equals(region);
    }
}
