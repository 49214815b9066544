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
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCoverageCheckTest {

    private final RegionCoverageCheck check = new RegionCoverageCheck();

    @Test
    void evaluateWhenMemberSeesLoggingOrganizationTrailShouldPassWithOwner() {
        // given a member whose own status call for the organization trail failed, and the owner's snapshot
        RegionSnapshot euWest1 = region("eu-west-1", "member-org-trail.json");
        AccountSnapshot member = account(MEMBER, euWest1);

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, member, organization(management()));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message()).isEqualTo("Covered by organization trail org-trail (owner 111122223333)");
            assertThat(v.evidence())
                    .containsEntry("trail", "arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail");
        });
    }

    @Test
    void evaluateWhenOwnerSnapshotIsAbsentAndMemberCannotReadStatusShouldBeUnknown() {
        // given
        RegionSnapshot euWest1 = region("eu-west-1", "member-org-trail.json");

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, account(MEMBER, euWest1), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("Coverage of eu-west-1 is unknown: the status of organization trail org-trail (owner"
                            + " 111122223333) could not be read (GetTrailStatus failed: TrailNotFoundException (not"
                            + " found))");
        });
    }

    @Test
    void evaluateWhenOnlyTheMemberCouldReadTheOrganizationTrailStatusShouldUseTheMembersAnswer() {
        // given the owner's status call failed, and the member's own answer says logging
        AccountSnapshot owner = account(MANAGEMENT, region("us-east-1", "member-org-trail.json"));
        RegionSnapshot euWest1 = region("eu-west-1", "management-org-trail.json");

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, account(MEMBER, euWest1), organization(owner));

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.PASS, "Covered by organization trail org-trail (owner 111122223333)"));
    }

    @Test
    void evaluateWhenMemberListingFailedShouldStillCountTheManagementOrganizationTrail() {
        // given the member could not list its trails, but the organization trail covers every member
        RegionSnapshot euWest1 = region("eu-west-1", "describe-denied.json");

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, account(MEMBER, euWest1), organization(management()));

        // then
        assertThat(verdicts)
                .extracting(Verdict::message)
                .containsExactly("Covered by organization trail org-trail (owner 111122223333)");
    }

    @Test
    void evaluateWhenMultiRegionTrailIsHomedInAnotherRegionShouldPass() {
        // given the account is audited in eu-central-1 only; its trail is homed in us-east-1
        RegionSnapshot euCentral1 = region("eu-central-1", "main-homed-in-us-east-1.json");

        // when
        List<Verdict> verdicts = check.evaluate(euCentral1, account(MANAGEMENT, euCentral1), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message()).isEqualTo("Covered by trail main");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"legacy-then-main.json", "main-then-legacy.json"})
    void evaluateWhenOneTrailIsStoppedAndAnotherLogsShouldPassWhateverTheOrder(String fixture) {
        // given
        RegionSnapshot euWest1 = region("eu-west-1", fixture);

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, account(MEMBER, euWest1), organization());

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.PASS, "Covered by trail z-main"));
    }

    @Test
    void evaluateWhenTheOnlyTrailIsNotLoggingShouldFail() {
        // given
        RegionSnapshot euWest1 = region("eu-west-1", "stopped-trail.json");

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, account(MEMBER, euWest1), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("No logging trail covers eu-west-1 (not logging: trail a-legacy)");
        });
    }

    @Test
    void evaluateWhenRegionalTrailOfAnotherRegionIsListedShouldFail() {
        // given a-legacy is homed in eu-west-1 and records only that region
        RegionSnapshot euCentral1 = region("eu-central-1", "stopped-trail.json");

        // when
        List<Verdict> verdicts = check.evaluate(euCentral1, account(MEMBER, euCentral1), organization());

        // then
        assertThat(verdicts).extracting(Verdict::message).containsExactly("No trail covers eu-central-1");
    }

    @Test
    void evaluateWhenTrailsCannotBeListedShouldBeUnknown() {
        // given
        RegionSnapshot euWest1 = region("eu-west-1", "describe-denied.json");

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, account(MEMBER, euWest1), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("DescribeTrails failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenNoTrailIsListedShouldFail() {
        // given
        RegionSnapshot euWest1 = region("eu-west-1", "empty.json");
        OrganizationContext noManagementSnapshot = organization();

        // when
        List<Verdict> verdicts = check.evaluate(euWest1, account(MEMBER, euWest1), noManagementSnapshot);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("No trail covers eu-west-1");
        });
    }
}
