package org.irauditor.routing;

/**
 * Which rule targets start a response. Counted: Lambda functions, SNS topics, SQS queues, Step Functions state
 * machines, Systems Manager automations and Incident Manager response plans, and EventBridge API destinations (the
 * usual route to a paging or ticketing system). Not counted: another event bus (what happens there cannot be seen
 * from this account, so forwarding is not yet a response), log groups, streams and other storage, which keep
 * findings but start nothing.
 */
final class ResponseTarget {

    private ResponseTarget() {}

    /** True when the target ARN names a resource that starts a response. */
    static boolean isResponse(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        if (parts.length < 6) {
            return false;
        }
        String service = parts[2];
        String resource = parts[5];
        return switch (service) {
            case "lambda", "sns", "sqs", "states", "ssm-incidents" -> true;
            case "ssm" -> resource.startsWith("automation-definition/");
            case "events" -> resource.startsWith("api-destination/");
            default -> false;
        };
    }
}
