package org.irauditor.aws;

import java.util.Map;
import java.util.Set;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * The one place where AWS errors are classified, from the error code and HTTP status, never from the message.
 */
public final class AwsErrors {

    private static final Set<String> ACCESS_DENIED = Set.of(
            "AccessDenied",
            "AccessDeniedException",
            "UnauthorizedOperation",
            "UnauthorizedAccess",
            "AuthorizationError",
            "AuthorizationErrorException",
            "Forbidden",
            "InsufficientPrivilegesException");

    private static final Set<String> THROTTLED = Set.of(
            "Throttling",
            "ThrottlingException",
            "ThrottledException",
            "TooManyRequestsException",
            "RequestLimitExceeded",
            "RequestThrottled",
            "RequestThrottledException",
            "SlowDown",
            "LimitExceededException");

    /** Codes an enabled-looking region answers when the credentials are not valid there. */
    private static final Set<String> REGION_UNAVAILABLE = Set.of(
            "UnrecognizedClientException",
            "InvalidClientTokenId",
            "AuthFailure",
            "OptInRequired",
            "InvalidToken",
            "ExpiredToken",
            "ExpiredTokenException",
            "SignatureDoesNotMatch");

    private static final Set<String> UNSUPPORTED = Set.of(
            "UnknownOperationException",
            "InvalidAction",
            "NotImplemented",
            "UnsupportedOperation",
            "UnsupportedOperationException",
            "UnsupportedCommandException");

    /** Codes that documented APIs use to say "this account has not enabled the service". */
    private static final Set<String> NOT_ENABLED = Set.of(
            "SubscriptionRequiredException",
            "InvalidAccessException",
            "AWSOrganizationsNotInUseException",
            "OrganizationNotFoundException");

    private static final Set<String> NOT_FOUND = Set.of(
            "ResourceNotFoundException",
            "TrailNotFoundException",
            "NoSuchConfigurationRecorderException",
            "NoSuchDeliveryChannelException",
            "NoSuchConfigurationAggregatorException",
            "NoSuchEntity",
            "NotFoundException",
            "BadRequestException.NotFound");

    private static final Map<Integer, ErrorKind> BY_STATUS = Map.of(
            403, ErrorKind.ACCESS_DENIED,
            404, ErrorKind.UNSUPPORTED,
            429, ErrorKind.THROTTLED,
            501, ErrorKind.UNSUPPORTED);

    private AwsErrors() {}

    /** Turns a failed call into a reason a reviewer can read. */
    public static ErrorReason classify(String operation, Throwable error) {
        if (error instanceof AwsServiceException aws) {
            String code =
                    aws.awsErrorDetails() == null ? null : aws.awsErrorDetails().errorCode();
            return serviceError(
                    operation,
                    code,
                    aws.statusCode(),
                    aws.awsErrorDetails() == null ? null : aws.awsErrorDetails().errorMessage());
        }
        if (error instanceof SdkServiceException service) {
            return serviceError(operation, null, service.statusCode(), null);
        }
        if (error instanceof ApiCallTimeoutException || error instanceof ApiCallAttemptTimeoutException) {
            return new ErrorReason(
                    operation, "Timeout", "no answer within the configured timeout", ErrorKind.UNREACHABLE);
        }
        if (error instanceof SdkClientException client) {
            return clientError(operation, client);
        }
        return new ErrorReason(operation, error.getClass().getSimpleName(), null, ErrorKind.UNEXPECTED);
    }

    /** The kind of an AWS error code, for code that only has the code. */
    public static ErrorKind kindOf(String code, int httpStatus) {
        if (code != null) {
            if (ACCESS_DENIED.contains(code)) {
                return ErrorKind.ACCESS_DENIED;
            }
            if (THROTTLED.contains(code)) {
                return ErrorKind.THROTTLED;
            }
            if (REGION_UNAVAILABLE.contains(code)) {
                return ErrorKind.REGION_UNAVAILABLE;
            }
            if (UNSUPPORTED.contains(code)) {
                return ErrorKind.UNSUPPORTED;
            }
            if (NOT_ENABLED.contains(code)) {
                return ErrorKind.NOT_ENABLED;
            }
            if (NOT_FOUND.contains(code) || code.startsWith("NoSuch")) {
                return ErrorKind.NOT_FOUND;
            }
        }
        return BY_STATUS.getOrDefault(httpStatus, ErrorKind.UNEXPECTED);
    }

    private static ErrorReason serviceError(String operation, String code, int status, String message) {
        String shownCode = code == null || code.isBlank() ? "HTTP " + status : code;
        return new ErrorReason(operation, shownCode, message, kindOf(code, status));
    }

    private static ErrorReason clientError(String operation, SdkClientException client) {
        Throwable cause = client.getCause();
        if (cause instanceof java.io.IOException) {
            return new ErrorReason(operation, "Unreachable", cause.getClass().getSimpleName(), ErrorKind.UNREACHABLE);
        }
        return new ErrorReason(operation, "MalformedResponse", client.getClass().getSimpleName(), ErrorKind.UNEXPECTED);
    }
}
