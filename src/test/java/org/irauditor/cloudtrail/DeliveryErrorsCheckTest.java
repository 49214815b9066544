package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.irauditor.audit.AccountCheck;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class DeliveryErrorsCheckTest extends CoveringTrailCheckCases {

    @Override
    AccountCheck check() {
        return new DeliveryErrorsCheck();
    }

    @Override
    String property() {
        return "Log file delivery";
    }

    @Test
    void evaluateWhenNoDeliveryErrorIsReportedShouldPass() {
        // given a status without LatestDeliveryError
        assertThat(evaluate(check(), "main-then-legacy.json"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.PASS, "Trail z-main reports no log file delivery error"));
    }

    @Test
    void evaluateWhenDeliveryErrorIsReportedShouldFail() {
        assertThat(evaluate(check(), "weak-trail.json"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.FAIL,
                        "Trail weak reports the log file delivery error AccessDenied for bucket"
                                + " weak-logs-444455556666"));
    }
}
