package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.irauditor.cloudtrail.CloudTrailFixtures.MANAGEMENT;
import static org.irauditor.cloudtrail.CloudTrailFixtures.account;
import static org.irauditor.cloudtrail.CloudTrailFixtures.management;
import static org.irauditor.cloudtrail.CloudTrailFixtures.organization;
import static org.irauditor.cloudtrail.CloudTrailFixtures.region;

import org.irauditor.core.Resource;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class OrganizationTrailCheckTest {

    private final OrganizationTrailCheck check = new OrganizationTrailCheck();

    @Test
    void evaluateWhenManagementOwnsLoggingOrganizationTrailShouldPass() {
        assertThat(check.evaluate(organization(management())))
                .extracting(Verdict::status, Verdict::message, Verdict::resource)
                .containsExactly(tuple(
                        Status.PASS,
                        "Organization trail org-trail (owner 111122223333) is logging",
                        new Resource(
                                "AwsCloudTrailTrail", "arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail")));
    }

    @Test
    void evaluateWhenManagementHasOnlyAnAccountTrailShouldFail() {
        assertThat(check.evaluate(
                        organization(account(MANAGEMENT, region("us-east-1", "main-homed-in-us-east-1.json")))))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(
                        tuple(Status.FAIL, "No organization trail exists in the management account 111122223333"));
    }

    @Test
    void evaluateWhenManagementTrailsCannotBeListedShouldBeUnknown() {
        assertThat(check.evaluate(organization(account(MANAGEMENT, region("us-east-1", "describe-denied.json")))))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(
                        tuple(
                                Status.UNKNOWN,
                                "Organization trails are unknown: DescribeTrails failed: AccessDeniedException (access denied)"));
    }

    @Test
    void evaluateWhenManagementAccountWasNotAuditedShouldBeUnknown() {
        assertThat(check.evaluate(organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.UNKNOWN,
                        "Organization trails are unknown: the management account 111122223333 was not audited"));
    }

    @Test
    void evaluateWhenManagementListsNoTrailShouldFail() {
        assertThat(check.evaluate(organization(account(MANAGEMENT, region("us-east-1", "empty.json")))))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(
                        tuple(Status.FAIL, "No organization trail exists in the management account 111122223333"));
    }
}
