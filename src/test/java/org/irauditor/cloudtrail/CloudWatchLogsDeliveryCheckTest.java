package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.irauditor.cloudtrail.CloudTrailFixtures.management;
import static org.irauditor.cloudtrail.CloudTrailFixtures.organization;

import org.irauditor.audit.AccountCheck;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class CloudWatchLogsDeliveryCheckTest extends CoveringTrailCheckCases {

    @Override
    AccountCheck check() {
        return new CloudWatchLogsDeliveryCheck();
    }

    @Override
    String property() {
        return "CloudWatch Logs delivery";
    }

    @Test
    void evaluateWhenDeliveryIsRecentShouldPass() {
        assertThat(evaluate(check(), "member-org-trail.json", organization(management())))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS,
                        "Organization trail org-trail (owner 111122223333) delivers to CloudWatch Logs (last"
                                + " delivery 2026-12-03T05:55:00Z)"));
    }

    @Test
    void evaluateWhenLastDeliveryIsOlderThanADayShouldFail() {
        assertThat(evaluate(check(), "stale-cloudwatch-logs.json"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.FAIL,
                        "Trail z-main last delivered to CloudWatch Logs at 2026-11-30T06:00:00Z, more than 24"
                                + " hours before the audit"));
    }

    @Test
    void evaluateWhenNoLogGroupIsConfiguredShouldFail() {
        assertThat(evaluate(check(), "weak-trail.json"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "Trail weak does not deliver to CloudWatch Logs"));
    }
}
