package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.irauditor.cloudtrail.CloudTrailFixtures.management;
import static org.irauditor.cloudtrail.CloudTrailFixtures.organization;

import java.util.List;
import org.irauditor.audit.AccountCheck;
import org.irauditor.core.Resource;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class LogFileValidationCheckTest extends CoveringTrailCheckCases {

    @Override
    AccountCheck check() {
        return new LogFileValidationCheck();
    }

    @Override
    String property() {
        return "Log file validation";
    }

    @Test
    void evaluateWhenOrganizationTrailValidatesShouldPassWithOwnerData() {
        // given the member only sees the organization trail without its settings
        List<Verdict> verdicts = evaluate(check(), "member-org-trail.json", organization(management()));

        // then the owner's settings are judged and named
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("Log file validation is enabled on organization trail org-trail (owner 111122223333)");
            assertThat(v.resource()).isEqualTo(new Resource("AwsCloudTrailTrail", ORG_TRAIL));
        });
    }

    @Test
    void evaluateWhenValidationIsDisabledShouldFail() {
        assertThat(evaluate(check(), "weak-trail.json"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "Log file validation is disabled on trail weak"));
    }
}
