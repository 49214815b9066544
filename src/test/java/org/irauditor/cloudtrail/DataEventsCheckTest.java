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
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

/** S3 and Lambda data events, from classic and advanced selectors. */
class DataEventsCheckTest {

    private final S3DataEventsCheck s3 = new S3DataEventsCheck();
    private final LambdaDataEventsCheck lambda = new LambdaDataEventsCheck();

    private static List<Verdict> evaluate(AccountCheck check, String fixture, OrganizationContext organization) {
        return check.evaluate(account(MEMBER, region("eu-west-1", fixture)), organization);
    }

    @Test
    void evaluateWhenAdvancedSelectorRecordsAllS3ObjectsShouldPass() {
        // given eventCategory Data and resources.type AWS::S3::Object, no readOnly field
        List<Verdict> verdicts = evaluate(s3, "advanced-selectors.json", organization());

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS, "S3 data events for all buckets (reads and writes) are recorded by trail z-main"));
    }

    @Test
    void evaluateWhenAdvancedSelectorIsNarrowedToOneBucketShouldFailWithTheScope() {
        // given the same selectors plus resources.ARN StartsWith one bucket
        List<Verdict> verdicts = evaluate(s3, "advanced-selectors-one-bucket.json", organization());

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.FAIL,
                        "S3 data events are recorded only in part: trail z-main records reads and writes for"
                                + " resources.ARN StartsWith arn:aws:s3:::payments-data/"));
    }

    @Test
    void evaluateWhenClassicSelectorNamesAllBucketsOfAnyPartitionShouldPass() {
        assertThat(evaluate(s3, "classic-all-resources.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS, "S3 data events for all buckets (reads and writes) are recorded by trail z-main"));
        assertThat(evaluate(lambda, "classic-all-resources.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS,
                        "Lambda data events for all functions (reads and writes) are recorded by trail z-main"));
    }

    @Test
    void evaluateWhenClassicSelectorNamesOneBucketForWritesShouldFailWithTheScope() {
        assertThat(evaluate(s3, "weak-trail.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.FAIL,
                        "S3 data events are recorded only in part: trail weak records writes for resources"
                                + " arn:aws:s3:::payments-data/"));
        assertThat(evaluate(lambda, "weak-trail.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.FAIL,
                        "Lambda data events are recorded only in part: trail weak records writes for resources"
                                + " arn:aws:lambda:eu-west-1:444455556666:function:checkout"));
    }

    @Test
    void evaluateWhenOrganizationTrailRecordsDataEventsShouldPassFromOwnerSelectors() {
        assertThat(evaluate(lambda, "member-org-trail.json", organization(management())))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS,
                        "Lambda data events for all functions (reads and writes) are recorded by organization trail"
                                + " org-trail (owner 111122223333)"));
    }

    @Test
    void evaluateWhenNoSelectorRecordsDataEventsShouldFail() {
        assertThat(evaluate(lambda, "advanced-selectors.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "No logging trail records Lambda data events"));
    }

    @Test
    void evaluateWhenSelectorsCannotBeReadShouldBeUnknown() {
        assertThat(evaluate(s3, "selectors-denied.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.UNKNOWN,
                        "The event selectors of trail z-main could not be read (GetEventSelectors failed:"
                                + " AccessDeniedException (access denied))"));
    }

    @Test
    void evaluateWhenNoTrailExistsShouldFail() {
        assertThat(evaluate(s3, "empty.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "No logging trail covers this account"));
    }
}
