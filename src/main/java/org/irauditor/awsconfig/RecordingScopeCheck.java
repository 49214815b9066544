package org.irauditor.awsconfig;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.awsconfig.ConfigSnapshot.ConfigurationRecorder;
import org.irauditor.awsconfig.RecordingCoverage.Strategy;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * The customer-managed recorder records every IR-critical regional resource type continuously, whichever
 * strategy it uses (all supported types, an inclusion list or an exclusion list). Exclusions and daily
 * recording are named in the message so a reviewer sees the exact scope.
 */
@Component
public class RecordingScopeCheck implements RegionalCheck {

    public static final String ID = "config.recording-scope";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        Outcome<List<ConfigurationRecorder>> recorders = region.config().customerRecorders();
        if (recorders.isFailed()) {
            return List.of(Verdict.unknown(recorders.error()));
        }
        if (recorders.value().isEmpty()) {
            return List.of(Verdict.fail(RecorderRecordingCheck.NO_RECORDER + " No resource type is recorded."));
        }
        return recorders.value().stream().map(RecordingScopeCheck::evaluate).toList();
    }

    private static Verdict evaluate(ConfigurationRecorder recorder) {
        RecordingCoverage coverage = RecordingCoverage.of(recorder);
        Verdict verdict = judge(recorder.name(), coverage)
                .with("recorder", recorder.name())
                .with("recordingStrategy", coverage.strategy())
                .with(listKey(coverage.strategy()), listed(coverage))
                .with("recordingFrequency", coverage.defaultFrequency())
                .with("includeGlobalResourceTypes", coverage.includeGlobalResourceTypes());
        return recorder.arn() == null ? verdict : verdict.about(new Resource("Other", recorder.arn()));
    }

    private static Verdict judge(String name, RecordingCoverage coverage) {
        String recorder = "The Config recorder " + name;
        List<String> missing = coverage.missingCriticalTypes();
        String daily = coverage.dailyRecording();
        if (!missing.isEmpty()) {
            String verb =
                    coverage.strategy() == Strategy.EXCLUSION_BY_RESOURCE_TYPES ? " excludes" : " does not include";
            return Verdict.fail(
                    recorder + verb + " IR-critical resource types: " + String.join(", ", missing) + "." + daily);
        }
        List<String> dailyCritical = coverage.dailyCriticalTypes();
        if (!dailyCritical.isEmpty()) {
            return Verdict.fail(recorder + " records IR-critical resource types only daily: "
                    + String.join(", ", dailyCritical) + "." + daily);
        }
        return Verdict.pass(recorder + " " + scopeSentence(coverage) + "." + daily);
    }

    private static String scopeSentence(RecordingCoverage coverage) {
        int count = coverage.listedTypes().size();
        return switch (coverage.strategy()) {
            case ALL_SUPPORTED_RESOURCE_TYPES -> "records all supported resource types";
            case INCLUSION_BY_RESOURCE_TYPES ->
                "records " + count + " listed resource types, " + "including every IR-critical one";
            case EXCLUSION_BY_RESOURCE_TYPES ->
                count == 0
                        ? "records all supported resource types"
                        : "records all supported resource types except " + String.join(", ", coverage.listedTypes());
        };
    }

    private static String listKey(Strategy strategy) {
        return strategy == Strategy.EXCLUSION_BY_RESOURCE_TYPES ? "excludedResourceTypes" : "resourceTypes";
    }

    private static String listed(RecordingCoverage coverage) {
        return coverage.strategy() == Strategy.ALL_SUPPORTED_RESOURCE_TYPES
                ? null
                : String.join(", ", coverage.listedTypes());
    }
}
