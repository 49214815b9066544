package org.irauditor.cloudtrail;

import java.time.Duration;
import java.time.Instant;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * Does each covering trail deliver to CloudWatch Logs, where alarms and queries can use its events, and did it
 * deliver recently (measured from the time the account was collected).
 */
@Component
public class CloudWatchLogsDeliveryCheck extends CoveringTrailCheck {

    public static final String ID = "cloudtrail.cloudwatch-logs-delivery";

    /** A logging trail delivers every few minutes; a day without delivery means the delivery is broken. */
    public static final Duration MAX_DELIVERY_AGE = Duration.ofHours(24);

    @Override
    public String id() {
        return ID;
    }

    @Override
    String property() {
        return "CloudWatch Logs delivery";
    }

    @Override
    Verdict judge(Trail trail, AccountSnapshot account) {
        String subject = Trails.subject(trail);
        String logGroup = trail.cloudWatchLogsLogGroupArn();
        if (logGroup == null || logGroup.isBlank()) {
            return Verdict.fail(subject + " does not deliver to CloudWatch Logs");
        }
        TrailStatus status = trail.status().value();
        String error = status.latestCloudWatchLogsDeliveryError();
        Instant last = status.latestCloudWatchLogsDeliveryTime();
        Verdict verdict;
        if (error != null && !error.isBlank()) {
            verdict = Verdict.fail(subject + " reports the CloudWatch Logs delivery error " + error);
        } else if (last == null) {
            verdict = Verdict.fail(subject + " has not delivered to CloudWatch Logs");
        } else if (Duration.between(last, account.collectedAt()).compareTo(MAX_DELIVERY_AGE) > 0) {
            verdict = Verdict.fail(subject + " last delivered to CloudWatch Logs at " + last + ", more than "
                    + MAX_DELIVERY_AGE.toHours() + " hours before the audit");
        } else {
            verdict = Verdict.pass(subject + " delivers to CloudWatch Logs (last delivery " + last + ")");
        }
        return verdict.with("logGroup", logGroup).with("latestDelivery", last);
    }
}
