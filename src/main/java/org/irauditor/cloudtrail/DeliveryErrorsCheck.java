package org.irauditor.cloudtrail;

import org.irauditor.audit.AccountSnapshot;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * Does each covering trail deliver its log files to S3 without error. A status without {@code LatestDeliveryError}
 * reports no error.
 */
@Component
public class DeliveryErrorsCheck extends CoveringTrailCheck {

    public static final String ID = "cloudtrail.delivery-errors";

    @Override
    public String id() {
        return ID;
    }

    @Override
    String property() {
        return "Log file delivery";
    }

    @Override
    Verdict judge(Trail trail, AccountSnapshot account) {
        String error = trail.status().value().latestDeliveryError();
        if (error == null || error.isBlank()) {
            return Verdict.pass(Trails.subject(trail) + " reports no log file delivery error")
                    .with("bucket", trail.s3BucketName());
        }
        return Verdict.fail(Trails.subject(trail) + " reports the log file delivery error " + error
                        + (trail.s3BucketName() == null ? "" : " for bucket " + trail.s3BucketName()))
                .with("bucket", trail.s3BucketName());
    }
}
