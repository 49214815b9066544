package org.irauditor.report.asff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.irauditor.core.CheckResult;

/**
 * The deterministic {@code Id} of a finding: {@code irauditor/<checkId>/<accountId>/<region>/<resource hash>},
 * where the region is {@code global} for account and organization level results and the resource hash is the
 * first 16 hex digits of the SHA-256 of the resource id. Security Hub updates a finding only when the same Id
 * arrives again, so this format never changes.
 */
public final class FindingId {

    /** The first segment of every id this product generates. */
    public static final String PREFIX = "irauditor";

    private static final int HASH_HEX_DIGITS = 16;

    private FindingId() {}

    public static String of(CheckResult result) {
        return of(
                result.checkId(),
                result.accountId(),
                result.region(),
                result.resource().id());
    }

    public static String of(String checkId, String accountId, String region, String resourceId) {
        return String.join("/", PREFIX, checkId, accountId, region, hash(resourceId));
    }

    private static String hash(String resourceId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(resourceId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
