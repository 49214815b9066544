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

class ManagementEventsCheckTest {

    private final ManagementEventsCheck check = new ManagementEventsCheck();

    private List<Verdict> evaluate(String fixture, OrganizationContext organization) {
        return check.evaluate(account(MEMBER, region("eu-west-1", fixture)), organization);
    }

    @Test
    void evaluateWhenAdvancedSelectorsRecordAllManagementEventsShouldPass() {
        // given advanced selectors with eventCategory Management and no readOnly field
        List<Verdict> verdicts = evaluate("advanced-selectors.json", organization());

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS,
                        "Multi-region trail z-main records read and write management events from all event"
                                + " sources"));
    }

    @Test
    void evaluateWhenOrganizationTrailRecordsManagementEventsShouldPassFromOwnerSelectors() {
        // given the member cannot read the organization trail's selectors; its owner can
        List<Verdict> verdicts = evaluate("member-org-trail.json", organization(management()));

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS,
                        "Multi-region organization trail org-trail (owner 111122223333) records read and write"
                                + " management events from all event sources"));
    }

    @Test
    void evaluateWhenWritesOnlyAndSourceExcludedShouldFail() {
        assertThat(evaluate("weak-trail.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.FAIL,
                        "No multi-region trail records all management events: trail weak records writes (excludes"
                                + " kms.amazonaws.com)"));
    }

    @Test
    void evaluateWhenOnlyRegionalTrailLogsShouldFail() {
        // given a-legacy is regional and logging; nothing else
        assertThat(evaluate("regional-trail-logging.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "No logging multi-region trail covers this account"));
    }

    @Test
    void evaluateWhenTheOnlyTrailIsStoppedShouldFail() {
        assertThat(evaluate("stopped-trail.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "No logging trail covers this account"));
    }

    @Test
    void evaluateWhenSelectorsCannotBeReadShouldBeUnknown() {
        assertThat(evaluate("selectors-denied.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.UNKNOWN,
                        "The event selectors of trail z-main could not be read (GetEventSelectors failed:"
                                + " AccessDeniedException (access denied))"));
    }

    @Test
    void evaluateWhenNoTrailExistsShouldFail() {
        assertThat(evaluate("empty.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "No logging trail covers this account"));
    }
}
