package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.irauditor.cloudtrail.CloudTrailFixtures.MANAGEMENT;
import static org.irauditor.cloudtrail.CloudTrailFixtures.MEMBER;
import static org.irauditor.cloudtrail.CloudTrailFixtures.account;
import static org.irauditor.cloudtrail.CloudTrailFixtures.management;
import static org.irauditor.cloudtrail.CloudTrailFixtures.organization;
import static org.irauditor.cloudtrail.CloudTrailFixtures.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Resource;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrailLoggingCheckTest {

    private static final String LEGACY = "arn:aws:cloudtrail:eu-west-1:444455556666:trail/a-legacy";
    private static final String MAIN = "arn:aws:cloudtrail:eu-west-1:444455556666:trail/z-main";

    private final TrailLoggingCheck check = new TrailLoggingCheck();

    @ParameterizedTest
    @ValueSource(strings = {"legacy-then-main.json", "main-then-legacy.json"})
    void evaluateWhenTrailIsNotLoggingShouldFailForThatTrailOnly(String fixture) {
        // given
        RegionSnapshot euWest1 = region("eu-west-1", fixture);

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, account(MEMBER, euWest1), organization());

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message, Verdict::resource)
                .containsExactly(
                        tuple(Status.PASS, "Trail z-main is logging", new Resource("AwsCloudTrailTrail", MAIN)),
                        tuple(
                                Status.FAIL,
                                "Trail a-legacy is not logging",
                                new Resource("AwsCloudTrailTrail", LEGACY)));
    }

    @Test
    void evaluateWhenTrailIsHomedInAnotherAuditedRegionShouldLeaveItToThatRegion() {
        // given z-main (home eu-west-1) is also listed in eu-central-1
        RegionSnapshot euWest1 = region("eu-west-1", "main-then-legacy.json");
        RegionSnapshot euCentral1 = region("eu-central-1", "main-then-legacy.json");

        // when
        List<Verdict> verdicts = check.evaluate(euCentral1, account(MEMBER, euWest1, euCentral1), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(v.message()).isEqualTo("No trail of this account has its home in eu-central-1");
        });
    }

    @Test
    void evaluateWhenHomeRegionIsNotAuditedShouldJudgeTrailWhereListed() {
        // given main is homed in us-east-1, which is not audited
        RegionSnapshot euCentral1 = region("eu-central-1", "main-homed-in-us-east-1.json");

        // when
        List<Verdict> verdicts = check.evaluate(euCentral1, account(MANAGEMENT, euCentral1), organization());

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.PASS, "Trail main is logging"));
    }

    @Test
    void evaluateWhenOrganizationTrailBelongsToAnotherAccountShouldNotJudgeIt() {
        // given
        RegionSnapshot usEast1 = region("us-east-1", "member-org-trail.json");

        // when
        List<Verdict> verdicts = check.evaluate(usEast1, account(MEMBER, usEast1), organization(management()));

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.NOT_APPLICABLE, "No trail of this account has its home in us-east-1"));
    }

    @Test
    void evaluateWhenStatusCannotBeReadShouldBeUnknownForThatTrail() {
        // given
        RegionSnapshot euWest1 = region("eu-west-1", "status-denied.json");

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, account(MEMBER, euWest1), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("The status of trail z-main could not be read (GetTrailStatus failed:"
                            + " AccessDeniedException (access denied))");
            assertThat(v.resource()).isEqualTo(new Resource("AwsCloudTrailTrail", MAIN));
        });
    }

    @Test
    void evaluateWhenTrailsCannotBeListedShouldBeUnknown() {
        // given
        RegionSnapshot euWest1 = region("eu-west-1", "describe-denied.json");

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, account(MEMBER, euWest1), organization());

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.UNKNOWN, "DescribeTrails failed: AccessDeniedException (access denied)"));
    }

    @Test
    void evaluateWhenNoTrailIsListedShouldNotApply() {
        // given
        RegionSnapshot euWest1 = region("eu-west-1", "empty.json");
        AccountSnapshot member = account(MEMBER, euWest1);

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, member, organization());

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.NOT_APPLICABLE, "No trail of this account has its home in eu-west-1"));
    }
}
