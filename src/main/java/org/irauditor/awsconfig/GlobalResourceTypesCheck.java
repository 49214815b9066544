package org.irauditor.awsconfig;

import java.util.ArrayList;
import java.util.List;
import org.irauditor.audit.AccountCheck;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.awsconfig.ConfigSnapshot.ConfigurationRecorder;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * The global IAM resource types are recorded by a recording customer-managed recorder in at least one region of
 * the account. Recording them in one region is enough (and what AWS recommends), so this is one result per
 * account. When no region says yes but some region could not answer, the answer is unknown, not a failure.
 */
@Component
public class GlobalResourceTypesCheck implements AccountCheck {

    public static final String ID = "config.global-resource-types";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(AccountSnapshot account, OrganizationContext organization) {
        List<String> recordingRegions = new ArrayList<>();
        List<String> stoppedRegions = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        ErrorReason firstError = null;
        for (RegionSnapshot region : account.regions()) {
            ErrorReason error = answer(region, recordingRegions, stoppedRegions);
            if (error != null) {
                unanswered.add(region.region());
                firstError = firstError == null ? error : firstError;
            }
        }
        return List.of(judge(account, recordingRegions, stoppedRegions, unanswered, firstError));
    }

    /** Sorts the region into the lists; returns why the region could not answer, or null. */
    private static ErrorReason answer(RegionSnapshot region, List<String> recording, List<String> stopped) {
        if (region.error() != null) {
            return region.error();
        }
        if (region.config() == null) {
            return new ErrorReason(
                    "DescribeConfigurationRecorders", "NotCollected", "no Config snapshot", ErrorKind.UNEXPECTED);
        }
        ConfigSnapshot config = region.config();
        Outcome<List<ConfigurationRecorder>> recorders = config.customerRecorders();
        if (recorders.isFailed()) {
            return recorders.error();
        }
        List<ConfigurationRecorder> global = recorders.value().stream()
                .filter(r -> RecordingCoverage.of(r).recordsGlobalTypes())
                .toList();
        if (global.isEmpty()) {
            return null;
        }
        if (config.configurationRecordersStatus().isFailed()) {
            return config.configurationRecordersStatus().error();
        }
        boolean anyRecording = global.stream()
                .anyMatch(r -> config.statusOf(r.name())
                        .map(ConfigSnapshot.RecorderStatus::recordsNow)
                        .orElse(false));
        (anyRecording ? recording : stopped).add(region.region());
        return null;
    }

    private static Verdict judge(
            AccountSnapshot account,
            List<String> recording,
            List<String> stopped,
            List<String> unanswered,
            ErrorReason firstError) {
        if (!recording.isEmpty()) {
            return Verdict.pass("Global resource types are recorded in " + String.join(", ", recording) + ".")
                    .with("recordingRegions", String.join(", ", recording));
        }
        if (!unanswered.isEmpty()) {
            String reason = firstError == null ? "region not collected" : firstError.describe();
            return Verdict.unknown("No region is known to record global resource types; no answer from "
                            + String.join(", ", unanswered) + " (" + reason + ").")
                    .with("errorCode", firstError == null ? null : firstError.code())
                    .with("stoppedRegions", stopped.isEmpty() ? null : String.join(", ", stopped));
        }
        if (account.regions().isEmpty()) {
            return Verdict.unknown("No region of the account was assessed, so global resource types are unknown.");
        }
        return Verdict.fail("No recording Config recorder includes global resource types in any region.")
                .with("stoppedRegions", stopped.isEmpty() ? null : String.join(", ", stopped));
    }
}
