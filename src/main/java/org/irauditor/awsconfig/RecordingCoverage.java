package org.irauditor.awsconfig;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.irauditor.awsconfig.ConfigSnapshot.ConfigurationRecorder;
import org.irauditor.awsconfig.ConfigSnapshot.RecordingGroup;
import org.irauditor.awsconfig.ConfigSnapshot.RecordingMode;
import org.irauditor.awsconfig.ConfigSnapshot.RecordingModeOverride;

/**
 * What one customer-managed recorder records, read from its recording group and recording mode: the strategy,
 * the listed types, whether the global IAM types are among them and which types are recorded only daily.
 *
 * @param strategy how the recording group selects types
 * @param listedTypes the included types (inclusion) or the excluded types (exclusion); empty for all supported
 */
record RecordingCoverage(
        Strategy strategy,
        List<String> listedTypes,
        boolean includeGlobalResourceTypes,
        String defaultFrequency,
        List<RecordingModeOverride> overrides) {

    /**
     * Regional resource types an incident responder cannot work without: instances and their network interfaces
     * tie an IP address seen in flow logs or a GuardDuty finding to a workload at a point in time, security
     * groups show how a workload was exposed, and buckets are where data leaves. A recorder must record all of
     * them, continuously, in every region.
     */
    static final List<String> IR_CRITICAL_REGIONAL_TYPES =
            List.of("AWS::EC2::Instance", "AWS::EC2::NetworkInterface", "AWS::EC2::SecurityGroup", "AWS::S3::Bucket");

    /**
     * Global IAM resource types that answer "who could do what" during an incident. They are global: AWS
     * records them in one region per account (recording them everywhere only duplicates items), so the
     * account-level check {@link GlobalResourceTypesCheck} requires them once per account instead of the
     * regional scope check requiring them in every region.
     */
    static final List<String> IR_CRITICAL_GLOBAL_TYPES =
            List.of("AWS::IAM::User", "AWS::IAM::Role", "AWS::IAM::Group", "AWS::IAM::Policy");

    static final String CONTINUOUS = "CONTINUOUS";
    static final String DAILY = "DAILY";

    /** The three recording strategies of a recording group. */
    enum Strategy {
        ALL_SUPPORTED_RESOURCE_TYPES,
        INCLUSION_BY_RESOURCE_TYPES,
        EXCLUSION_BY_RESOURCE_TYPES
    }

    RecordingCoverage {
        listedTypes = List.copyOf(listedTypes);
        overrides = List.copyOf(overrides);
    }

    static RecordingCoverage of(ConfigurationRecorder recorder) {
        RecordingGroup group = recorder.recordingGroup();
        RecordingMode mode = recorder.recordingMode();
        String frequency = mode == null || mode.recordingFrequency() == null ? CONTINUOUS : mode.recordingFrequency();
        List<RecordingModeOverride> overrides = mode == null ? List.of() : mode.recordingModeOverrides();
        // Without a recording group AWS records all supported regional types and no global ones.
        if (group == null) {
            return new RecordingCoverage(Strategy.ALL_SUPPORTED_RESOURCE_TYPES, List.of(), false, frequency, overrides);
        }
        Strategy strategy = strategyOf(group);
        List<String> listed = switch (strategy) {
            case ALL_SUPPORTED_RESOURCE_TYPES -> List.of();
            case INCLUSION_BY_RESOURCE_TYPES -> group.resourceTypes();
            case EXCLUSION_BY_RESOURCE_TYPES ->
                group.exclusionByResourceTypes() == null
                        ? List.of()
                        : group.exclusionByResourceTypes().resourceTypes();
        };
        return new RecordingCoverage(
                strategy, listed, Boolean.TRUE.equals(group.includeGlobalResourceTypes()), frequency, overrides);
    }

    private static Strategy strategyOf(RecordingGroup group) {
        String useOnly = group.recordingStrategy() == null
                ? null
                : group.recordingStrategy().useOnly();
        if (useOnly != null) {
            for (Strategy strategy : Strategy.values()) {
                if (strategy.name().equals(useOnly)) {
                    return strategy;
                }
            }
        }
        return Boolean.FALSE.equals(group.allSupported())
                ? Strategy.INCLUSION_BY_RESOURCE_TYPES
                : Strategy.ALL_SUPPORTED_RESOURCE_TYPES;
    }

    /**
     * True when the recorder records the type at all (frequency aside). Exclusion records the global IAM types
     * unless they are excluded (API reference, ExclusionByResourceTypes).
     */
    boolean records(String type) {
        return switch (strategy) {
            case ALL_SUPPORTED_RESOURCE_TYPES -> !IR_CRITICAL_GLOBAL_TYPES.contains(type) || includeGlobalResourceTypes;
            case INCLUSION_BY_RESOURCE_TYPES -> listedTypes.contains(type);
            case EXCLUSION_BY_RESOURCE_TYPES -> !listedTypes.contains(type);
        };
    }

    /** True when every IR-critical global IAM type is recorded. */
    boolean recordsGlobalTypes() {
        return IR_CRITICAL_GLOBAL_TYPES.stream().allMatch(this::records);
    }

    /** IR-critical regional types this recorder does not record. */
    List<String> missingCriticalTypes() {
        return IR_CRITICAL_REGIONAL_TYPES.stream().filter(t -> !records(t)).toList();
    }

    /** IR-critical regional types recorded, but only daily. */
    List<String> dailyCriticalTypes() {
        return IR_CRITICAL_REGIONAL_TYPES.stream()
                .filter(this::records)
                .filter(t -> DAILY.equals(frequencyOf(t)))
                .toList();
    }

    String frequencyOf(String type) {
        Optional<String> overridden = overrides.stream()
                .filter(o -> o.resourceTypes().contains(type))
                .map(RecordingModeOverride::recordingFrequency)
                .filter(Objects::nonNull)
                .findFirst();
        return overridden.orElse(defaultFrequency);
    }

    /** A sentence on daily recording for the message, or empty when everything is recorded continuously. */
    String dailyRecording() {
        if (DAILY.equals(defaultFrequency)) {
            List<String> continuous = typesOverriddenTo(CONTINUOUS);
            return continuous.isEmpty()
                    ? " Resource types are recorded daily."
                    : " Resource types are recorded daily, except continuously: " + String.join(", ", continuous) + ".";
        }
        List<String> daily = typesOverriddenTo(DAILY);
        return daily.isEmpty() ? "" : " Recorded daily by override: " + String.join(", ", daily) + ".";
    }

    private List<String> typesOverriddenTo(String frequency) {
        return overrides.stream()
                .filter(o -> frequency.equals(o.recordingFrequency()))
                .flatMap(o -> o.resourceTypes().stream())
                .distinct()
                .toList();
    }
}
