package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.irauditor.cloudtrail.CloudTrailFixtures.MEMBER;
import static org.irauditor.cloudtrail.CloudTrailFixtures.account;
import static org.irauditor.cloudtrail.CloudTrailFixtures.management;
import static org.irauditor.cloudtrail.CloudTrailFixtures.organization;
import static org.irauditor.cloudtrail.CloudTrailFixtures.region;

import java.util.List;
import org.irauditor.audit.AccountCheck;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

/** The cases every check judged on the covering trails answers alike; each check's test adds its own. */
abstract class CoveringTrailCheckCases {

    static final String ORG_TRAIL = "arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail";

    static List<Verdict> evaluate(AccountCheck check, String memberFixture, OrganizationContext organization) {
        AccountSnapshot member = account(MEMBER, region("eu-west-1", memberFixture));
        return check.evaluate(member, organization);
    }

    static List<Verdict> evaluate(AccountCheck check, String memberFixture) {
        return evaluate(check, memberFixture, organization());
    }

    abstract AccountCheck check();

    abstract String property();

    @Test
    void evaluateWhenNoTrailExistsShouldFail() {
        assertThat(evaluate(check(), "empty.json"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "No logging trail covers this account"));
    }

    @Test
    void evaluateWhenTheOnlyTrailIsStoppedShouldFail() {
        assertThat(evaluate(check(), "stopped-trail.json"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "No logging trail covers this account"));
    }

    @Test
    void evaluateWhenStatusCannotBeReadShouldBeUnknown() {
        assertThat(evaluate(check(), "status-denied.json"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.UNKNOWN,
                        "No trail is known to be logging: the status of trail z-main could not be read"
                                + " (GetTrailStatus failed: AccessDeniedException (access denied))"));
    }

    @Test
    void evaluateWhenTrailsCannotBeListedShouldBeUnknown() {
        assertThat(evaluate(check(), "describe-denied.json"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.UNKNOWN,
                        "No trail is known to be logging: trails could not be listed (DescribeTrails failed:"
                                + " AccessDeniedException (access denied))"));
    }

    @Test
    void evaluateWhenAnotherCoveringTrailStatusIsUnknownShouldAddUnknownForIt() {
        // given the organization trail logs, and the member's own trail cannot be read
        List<Verdict> verdicts = evaluate(check(), "status-denied.json", organization(management()));

        // then
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts.get(1).status()).isEqualTo(Status.UNKNOWN);
        assertThat(verdicts.get(1).message())
                .isEqualTo(property() + " of trail z-main is unknown: its status could not be read"
                        + " (GetTrailStatus failed: AccessDeniedException (access denied))");
    }
}
