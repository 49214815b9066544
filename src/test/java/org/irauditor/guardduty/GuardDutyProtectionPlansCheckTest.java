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
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.guardduty.GuardDutySnapshot.Detector;
import org.irauditor.testing.Fixtures;
import org.junit.jupiter.api.Test;

class GuardDutyProtectionPlansCheckTest {

    private final GuardDutyProtectionPlansCheck check = new GuardDutyProtectionPlansCheck();

    @Test
    void evaluateWhenEveryPlanIsEnabledShouldPass() {
        // given
        RegionSnapshot region = withDetector("get-detector-enabled.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("All GuardDuty protection plans are enabled: S3 Protection, EKS Audit Log Monitoring,"
                            + " Runtime Monitoring, Malware Protection for EC2, RDS Protection, Lambda Protection.");
            assertThat(v.resource().id()).endsWith(":detector/" + DETECTOR_ID);
            assertThat(v.evidence()).containsEntry("disabled", "").doesNotContainKey("notReported");
        });
    }

    @Test
    void evaluateWhenSomePlansAreDisabledShouldFailListingBoth() {
        // given: RDS off, Runtime Monitoring on through its EKS-only predecessor, Lambda not offered
        RegionSnapshot region = withDetector("get-detector-partial-plans.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("GuardDuty protection plans disabled: RDS Protection; enabled: S3 Protection, EKS Audit"
                            + " Log Monitoring, Runtime Monitoring, Malware Protection for EC2. Not reported in this"
                            + " region: Lambda Protection.");
            assertThat(v.evidence())
                    .containsEntry("disabled", "RDS Protection")
                    .containsEntry("notReported", "Lambda Protection");
        });
    }

    @Test
    void evaluateWhenOnlyDeprecatedDataSourcesArePresentShouldBeUnknown() {
        // given
        RegionSnapshot region = withDetector("get-detector-data-sources-only.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("GetDetector returned only the deprecated dataSources block; protection plan features"
                            + " are unavailable.");
        });
    }

    @Test
    void evaluateWhenDetectorReportsNoFeaturesShouldBeUnknown() {
        // given
        Detector bare = Fixtures.parse("{\"status\":\"ENABLED\"}", Detector.class);
        RegionSnapshot region = region(
                REGION, new GuardDutySnapshot(detectorIds("list-detectors.json"), Outcome.ok(bare), null, null, null));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("GetDetector returned no protection plan features.");
        });
    }

    @Test
    void evaluateWhenFeaturesNameNoPlanShouldBeUnknown() {
        // given
        Detector foundational = Fixtures.parse(
                "{\"status\":\"ENABLED\",\"features\":[{\"name\":\"CLOUD_TRAIL\",\"status\":\"ENABLED\"}]}",
                Detector.class);
        RegionSnapshot region = region(
                REGION,
                new GuardDutySnapshot(detectorIds("list-detectors.json"), Outcome.ok(foundational), null, null, null));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("GetDetector reported none of the GuardDuty protection plans.");
        });
    }

    @Test
    void evaluateWhenGetDetectorFailedShouldBeUnknown() {
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
        });
    }

    @Test
    void evaluateWhenDetectorIsSuspendedShouldNotApply() {
        // given
        RegionSnapshot region = withDetector("get-detector-suspended.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(v.message())
                    .isEqualTo("The GuardDuty detector is suspended, so no protection plan is in effect.");
        });
    }

    @Test
    void evaluateWhenRegionHasNoDetectorShouldNotApply() {
        // given
        RegionSnapshot region = region(REGION, GuardDutyFixtures.withoutDetector());

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(v.message())
                    .isEqualTo("No GuardDuty detector exists in this region, so no protection plan applies.");
        });
    }

    @Test
    void evaluateWhenListDetectorsFailedShouldBeUnknown() {
        // given
        RegionSnapshot region = region(REGION, new GuardDutySnapshot(denied("ListDetectors"), null, null, null, null));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("ListDetectors failed: AccessDeniedException (access denied)");
        });
    }

    private static RegionSnapshot withDetector(String fixture) {
        return region(REGION, memberView(fixture, "get-administrator-account-enabled.json"));
    }

    private List<Verdict> evaluate(RegionSnapshot region) {
        return check.evaluate(region, account(MEMBER, region), organization());
    }
}
