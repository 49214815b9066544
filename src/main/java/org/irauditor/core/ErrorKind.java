package org.irauditor.core;

/** Why an AWS call did not give an answer, as classified by {@code AwsErrors}. */
public enum ErrorKind {
    /** The role lacks a permission, or an SCP denies the call. */
    ACCESS_DENIED,
    /** Throttled even after the SDK's retries. */
    THROTTLED,
    /** The region does not accept the credentials (not opted in, or an STS token not valid there). */
    REGION_UNAVAILABLE,
    /** The service or the operation is not available here (or the endpoint does not implement it). */
    UNSUPPORTED,
    /** The service says the account is not subscribed or the feature is not enabled. */
    NOT_ENABLED,
    /** The named resource does not exist. */
    NOT_FOUND,
    /** The endpoint could not be reached or did not answer in time. */
    UNREACHABLE,
    /** The audit role could not be assumed. */
    ASSUME_ROLE_FAILED,
    /** Anything else, including malformed responses. */
    UNEXPECTED
}
