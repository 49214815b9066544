package org.irauditor.guardduty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Outcome;
import org.irauditor.core.Verdict;
import org.irauditor.guardduty.GuardDutySnapshot.Detector;
import org.irauditor.guardduty.GuardDutySnapshot.Feature;
import org.springframework.stereotype.Component;

/**
 * The GuardDuty protection plans of the region's detector, read from its {@code features}. The older
 * {@code dataSources} block describes only some plans and is deprecated, so it is never used to judge.
 */
@Component
public class GuardDutyProtectionPlansCheck implements RegionalCheck {

    public static final String ID = "guardduty.protection-plans";

    /** The plans, in the order they are reported, with the feature names that enable each. */
    private static final List<Plan> PLANS = List.of(
            new Plan("S3 Protection", List.of("S3_DATA_EVENTS")),
            new Plan("EKS Audit Log Monitoring", List.of("EKS_AUDIT_LOGS")),
            new Plan("Runtime Monitoring", List.of("RUNTIME_MONITORING", "EKS_RUNTIME_MONITORING")),
            new Plan("Malware Protection for EC2", List.of("EBS_MALWARE_PROTECTION")),
            new Plan("RDS Protection", List.of("RDS_LOGIN_EVENTS")),
            new Plan("Lambda Protection", List.of("LAMBDA_NETWORK_LOGS")));

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
        Optional<String> detectorId = guardDuty.detectorId();
        if (detectorId.isEmpty()) {
            return List.of(Verdict.notApplicable(
                    "No GuardDuty detector exists in this region, so no protection plan applies."));
        }
        Verdict verdict = judge(guardDuty.detector())
                .about(GuardDutyResources.detector(
                        account.partition(), region.region(), account.accountId(), detectorId.get()))
                .with("detectorId", detectorId.get());
        return List.of(verdict);
    }

    private static Verdict judge(Outcome<Detector> answer) {
        if (answer == null) {
            return Verdict.unknown("GetDetector was not collected, so the protection plans are unknown.");
        }
        if (answer.isFailed()) {
            return Verdict.unknown(answer.error());
        }
        Detector detector = answer.value();
        if (!detector.isEnabled()) {
            return Verdict.notApplicable("The GuardDuty detector is suspended, so no protection plan is in effect.")
                    .with("status", detector.status());
        }
        if (detector.features().isEmpty()) {
            return featuresUnavailable(detector);
        }
        return judgePlans(detector.features());
    }

    private static Verdict featuresUnavailable(Detector detector) {
        if (detector.dataSources() != null) {
            return Verdict.unknown("GetDetector returned only the deprecated dataSources block; protection plan"
                    + " features are unavailable.");
        }
        return Verdict.unknown("GetDetector returned no protection plan features.");
    }

    private static Verdict judgePlans(List<Feature> features) {
        Map<String, Feature> byName = features.stream().collect(Collectors.toMap(Feature::name, f -> f, (a, b) -> a));
        List<String> enabled = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        List<String> unreported = new ArrayList<>();
        for (Plan plan : PLANS) {
            List<Feature> reported = plan.features().stream()
                    .map(byName::get)
                    .filter(f -> f != null)
                    .toList();
            if (reported.isEmpty()) {
                unreported.add(plan.title());
            } else if (reported.stream().anyMatch(Feature::isEnabled)) {
                enabled.add(plan.title());
            } else {
                disabled.add(plan.title());
            }
        }
        return verdict(enabled, disabled, unreported)
                .with("enabled", String.join(", ", enabled))
                .with("disabled", String.join(", ", disabled))
                .with("notReported", unreported.isEmpty() ? null : String.join(", ", unreported));
    }

    private static Verdict verdict(List<String> enabled, List<String> disabled, List<String> unreported) {
        if (enabled.isEmpty() && disabled.isEmpty()) {
            return Verdict.unknown("GetDetector reported none of the GuardDuty protection plans.");
        }
        String notReported =
                unreported.isEmpty() ? "" : " Not reported in this region: " + String.join(", ", unreported) + ".";
        if (disabled.isEmpty()) {
            return Verdict.pass(
                    "All GuardDuty protection plans are enabled: " + String.join(", ", enabled) + "." + notReported);
        }
        return Verdict.fail("GuardDuty protection plans disabled: " + String.join(", ", disabled) + "; enabled: "
                + (enabled.isEmpty() ? "none" : String.join(", ", enabled)) + "." + notReported);
    }

    /** A protection plan as the console names it, enabled by any of its features. */
    private record Plan(String title, List<String> features) {}
}
