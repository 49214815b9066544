package org.irauditor.guardduty;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Outcome;
import org.irauditor.core.Verdict;
import org.irauditor.guardduty.GuardDutySnapshot.Detector;
import org.springframework.stereotype.Component;

/**
 * GuardDuty has an enabled detector in the region. No detector and a suspended detector are different gaps:
 * the first never monitored, the second stopped monitoring and produces no findings.
 */
@Component
public class GuardDutyDetectorCheck implements RegionalCheck {

    public static final String ID = "guardduty.detector-enabled";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        GuardDutySnapshot guardDuty = region.guardDuty();
        if (guardDuty == null) {
            return GuardDutyResources.notCollected(region);
        }
        if (guardDuty.detectorIds().isFailed()) {
            return List.of(Verdict.unknown(guardDuty.detectorIds().error()));
        }
        return guardDuty
                .detectorId()
                .map(id -> List.of(judge(guardDuty.detector(), id)
                        .about(GuardDutyResources.detector(
                                account.partition(), region.region(), account.accountId(), id))
                        .with("detectorId", id)))
                .orElseGet(() -> List.of(Verdict.fail("No GuardDuty detector exists in this region.")));
    }

    private static Verdict judge(Outcome<Detector> detector, String detectorId) {
        if (detector == null) {
            return Verdict.unknown("GetDetector was not collected for detector " + detectorId + ".");
        }
        if (detector.isFailed()) {
            return Verdict.unknown(detector.error());
        }
        String status = detector.value().status();
        if (detector.value().isEnabled()) {
            return Verdict.pass("The GuardDuty detector is enabled.").with("status", status);
        }
        if ("DISABLED".equalsIgnoreCase(status)) {
            return Verdict.fail("The GuardDuty detector is suspended: it exists but produces no findings.")
                    .with("status", status);
        }
        return Verdict.unknown("The GuardDuty detector reports an unrecognised status: " + status + ".")
                .with("status", status);
    }
}
