package org.irauditor.guardduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.guardduty.GuardDutyFixtures.DETECTOR_ID;
import static org.irauditor.guardduty.GuardDutyFixtures.MEMBER;
import static org.irauditor.guardduty.GuardDutyFixtures.REGION;
import static org.irauditor.guardduty.GuardDutyFixtures.account;
import static org.irauditor.guardduty.GuardDutyFixtures.denied;
import static org.irauditor.guardduty.GuardDutyFixtures.detectorIds;
import static org.irauditor.guardduty.GuardDutyFixtures.memberView;
import static org.irauditor.guardduty.GuardDutyFixtures.organization;
import static org.irauditor.guardduty.GuardDutyFixtures.region;

import java.util.List;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Resource;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class GuardDutyDetectorCheckTest {

    private final GuardDutyDetectorCheck check = new GuardDutyDetectorCheck();

    @Test
    void evaluateWhenDetectorIsEnabledShouldPass() {
        // given
        RegionSnapshot region =
                region(REGION, memberView("get-detector-enabled.json", "get-administrator-account-enabled.json"));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message()).isEqualTo("The GuardDuty detector is enabled.");
            assertThat(v.resource())
                    .isEqualTo(new Resource(
                            "AwsGuardDutyDetector",
                            "arn:aws:guardduty:eu-west-1:444455556666:detector/" + DETECTOR_ID));
            assertThat(v.evidence()).containsEntry("detectorId", DETECTOR_ID).containsEntry("status", "ENABLED");
        });
    }

    @Test
    void evaluateWhenDetectorIsSuspendedShouldFailWithItsOwnMessage() {
        // given
        RegionSnapshot region =
                region(REGION, memberView("get-detector-suspended.json", "get-administrator-account-none.json"));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("The GuardDuty detector is suspended: it exists but produces no findings.");
            assertThat(v.evidence()).containsEntry("status", "DISABLED");
        });
    }

    @Test
    void evaluateWhenRegionHasNoDetectorShouldFail() {
        // given
        RegionSnapshot region = region(REGION, GuardDutyFixtures.withoutDetector());

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("No GuardDuty detector exists in this region.");
            assertThat(v.resource()).isNull();
        });
    }

    @Test
    void evaluateWhenListDetectorsIsDeniedShouldBeUnknown() {
        // given
        RegionSnapshot region = region(REGION, new GuardDutySnapshot(denied("ListDetectors"), null, null, null, null));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("ListDetectors failed: AccessDeniedException (access denied)");
            assertThat(v.evidence()).containsEntry("errorCode", "AccessDeniedException");
        });
    }

    @Test
    void evaluateWhenGetDetectorFailsShouldBeUnknownAboutTheDetector() {
        // given
        RegionSnapshot region = region(
                REGION,
                new GuardDutySnapshot(detectorIds("list-detectors.json"), denied("GetDetector"), null, null, null));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("GetDetector failed: AccessDeniedException (access denied)");
            assertThat(v.resource().id()).endsWith(":detector/" + DETECTOR_ID);
        });
    }

    private List<Verdict> evaluate(RegionSnapshot region) {
        return check.evaluate(region, account(MEMBER, region), organization());
    }
}
