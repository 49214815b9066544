package org.irauditor.core;

import java.util.Objects;

/**
 * The resource a result is about, typed as in ASFF ({@code AwsAccount}, {@code AwsCloudTrailTrail},
 * {@code AwsEc2Vpc}, {@code Other}, ...).
 */
public record Resource(String type, String id) {

    public static final String ACCOUNT = "AwsAccount";

    public Resource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** The account itself, the default resource of account and region level results. */
    public static Resource account(String accountId) {
        return new Resource(ACCOUNT, "AWS::::Account:" + accountId);
    }
}
