package org.irauditor.awsconfig;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.awsconfig.ConfigSnapshot.ConfigurationRecorder;
import org.irauditor.awsconfig.ConfigSnapshot.RecorderStatus;
import org.irauditor.awsconfig.ConfigSnapshot.RecorderSummary;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * The customer-managed Config recorder exists in the region, is recording and its last status is healthy. A
 * service-linked recorder records for another AWS service and never counts; it is listed as evidence only.
 */
@Component
public class RecorderRecordingCheck implements RegionalCheck {

    public static final String ID = "config.recorder-recording";

    static final String NO_RECORDER = "No customer-managed AWS Config recorder exists in this region.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        ConfigSnapshot config = region.config();
        Outcome<List<ConfigurationRecorder>> recorders = config.customerRecorders();
        if (recorders.isFailed()) {
            return List.of(withServiceLinked(Verdict.unknown(recorders.error()), config));
        }
        if (recorders.value().isEmpty()) {
            return List.of(withServiceLinked(Verdict.fail(NO_RECORDER), config));
        }
        return recorders.value().stream()
                .map(r -> withServiceLinked(evaluate(r, config), config))
                .toList();
    }

    private static Verdict evaluate(ConfigurationRecorder recorder, ConfigSnapshot config) {
        if (config.configurationRecordersStatus().isFailed()) {
            return about(Verdict.unknown(config.configurationRecordersStatus().error()), recorder);
        }
        Optional<RecorderStatus> status = config.statusOf(recorder.name());
        if (status.isEmpty()) {
            return about(
                    Verdict.unknown("The Config recorder " + recorder.name() + " has no recorder status."), recorder);
        }
        return about(judge(recorder.name(), status.get()), recorder)
                .with("lastStatus", status.get().lastStatus())
                .with("lastStatusChangeTime", status.get().lastStatusChangeTime())
                .with("lastErrorCode", status.get().lastErrorCode());
    }

    private static Verdict judge(String name, RecorderStatus status) {
        if (!status.recordsNow()) {
            return Verdict.fail("The Config recorder " + name + " is stopped.")
                    .with("lastStopTime", status.lastStopTime());
        }
        if (status.lastStatusFailed()) {
            return Verdict.fail("The Config recorder " + name + " is recording but its last status is FAILURE ("
                    + Optional.ofNullable(status.lastErrorCode()).orElse("no error code") + ").");
        }
        if (status.lastStatus() == null) {
            return Verdict.pass("The Config recorder " + name + " is recording; no last status is reported yet.");
        }
        return Verdict.pass("The Config recorder " + name + " is recording with last status "
                + status.lastStatus().toUpperCase(Locale.ROOT) + ".");
    }

    private static Verdict about(Verdict verdict, ConfigurationRecorder recorder) {
        Verdict named = verdict.with("recorder", recorder.name()).with("roleARN", recorder.roleARN());
        return recorder.arn() == null ? named : named.about(new Resource("Other", recorder.arn()));
    }

    /** Service-linked recorders as information: they never count as the account's Config. */
    static Verdict withServiceLinked(Verdict verdict, ConfigSnapshot config) {
        Outcome<List<RecorderSummary>> linked = config.serviceLinkedRecorders();
        if (linked.isFailed()) {
            return verdict.with(
                    "serviceLinkedRecorders", "unknown: " + linked.error().describe());
        }
        if (linked.value().isEmpty()) {
            return verdict;
        }
        return verdict.with(
                "serviceLinkedRecorders",
                linked.value().stream()
                        .map(s -> s.name() + " (" + s.servicePrincipal() + ")")
                        .collect(Collectors.joining(", ")));
    }
}
