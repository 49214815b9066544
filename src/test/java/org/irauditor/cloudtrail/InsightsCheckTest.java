package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.irauditor.cloudtrail.CloudTrailFixtures.MEMBER;
import static org.irauditor.cloudtrail.CloudTrailFixtures.account;
import static org.irauditor.cloudtrail.CloudTrailFixtures.management;
import static org.irauditor.cloudtrail.CloudTrailFixtures.organization;
import static org.irauditor.cloudtrail.CloudTrailFixtures.region;

import java.util.List;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class InsightsCheckTest {

    private final InsightsCheck check = new InsightsCheck();

    private List<Verdict> evaluate(String fixture, OrganizationContext organization) {
        return check.evaluate(account(MEMBER, region("eu-west-1", fixture)), organization);
    }

    @Test
    void evaluateWhenBothInsightTypesAreEnabledShouldPass() {
        assertThat(evaluate("member-org-trail.json", organization(management())))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS,
                        "Organization trail org-trail (owner 111122223333) records ApiCallRateInsight and"
                                + " ApiErrorRateInsight Insights events"));
    }

    @Test
    void evaluateWhenOneInsightTypeIsMissingShouldFail() {
        assertThat(evaluate("weak-trail.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.FAIL,
                        "No logging trail records both ApiCallRateInsight and ApiErrorRateInsight: trail weak records"
                                + " only ApiCallRateInsight"));
    }

    @Test
    void evaluateWhenInsightsAreNotEnabledShouldFail() {
        assertThat(evaluate("main-then-legacy.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "No logging trail records Insights events"));
    }

    @Test
    void evaluateWhenInsightSelectorsCannotBeReadShouldBeUnknown() {
        assertThat(evaluate("selectors-denied.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.UNKNOWN,
                        "The Insights selectors of trail z-main could not be read (GetInsightSelectors failed:"
                                + " AccessDeniedException (access denied))"));
    }

    @Test
    void evaluateWhenNoTrailExistsShouldFail() {
        assertThat(evaluate("empty.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "No logging trail covers this account"));
    }
}
