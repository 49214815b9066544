package org.irauditor.guardduty;

import java.util.List;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;

/** Resources and shared answers of the GuardDuty checks. */
final class GuardDutyResources {

    /** ASFF resource type of a detector. */
    static final String DETECTOR = "AwsGuardDutyDetector";

    private GuardDutyResources() {}

    static Resource detector(String partition, String region, String accountId, String detectorId) {
        return new Resource(
                DETECTOR, "arn:" + partition + ":guardduty:" + region + ":" + accountId + ":detector/" + detectorId);
    }

    /** The answer when a region was collected without GuardDuty, which only a collection bug can cause. */
    static List<Verdict> notCollected(RegionSnapshot region) {
        return List.of(
                Verdict.unknown("GuardDuty was not collected in this region.").with("region", region.region()));
    }
}
