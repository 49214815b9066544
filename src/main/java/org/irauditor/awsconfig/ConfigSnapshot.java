package org.irauditor.awsconfig;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.irauditor.core.Outcome;

/**
 * AWS Config as collected in one region of one account: the customer-managed recorder and its status, the
 * service-linked recorders (information only), delivery channels and their status, rules and, in the management
 * or Config delegated-administrator account only, the configuration aggregators with their source status.
 *
 * <p>JSON names follow the Config API responses, so fixtures read like {@code aws configservice} output.
 *
 * @param configurationRecorders {@code DescribeConfigurationRecorders}: the customer-managed recorder
 * @param configurationRecordersStatus {@code DescribeConfigurationRecorderStatus}, joined to recorders by name
 * @param configurationRecorderSummaries {@code ListConfigurationRecorders}: customer-managed and service-linked
 *     recorders, kept as information
 * @param configurationAggregators {@code DescribeConfigurationAggregators}; {@code null} where the account does
 *     not administer Config for the organization, so nothing was asked
 */
public record ConfigSnapshot(
        @JsonProperty("ConfigurationRecorders") Outcome<List<ConfigurationRecorder>> configurationRecorders,
        @JsonProperty("ConfigurationRecordersStatus") Outcome<List<RecorderStatus>> configurationRecordersStatus,
        @JsonProperty("ConfigurationRecorderSummaries") Outcome<List<RecorderSummary>> configurationRecorderSummaries,
        @JsonProperty("DeliveryChannels") Outcome<List<DeliveryChannel>> deliveryChannels,
        @JsonProperty("DeliveryChannelsStatus") Outcome<List<DeliveryChannelStatus>> deliveryChannelsStatus,
        @JsonProperty("ConfigRules") Outcome<List<ConfigRule>> configRules,
        @JsonProperty("ConfigurationAggregators") Outcome<List<ConfigurationAggregator>> configurationAggregators) {

    /** Recording scope of the service-linked recorders that record for another AWS service. */
    public static final String SCOPE_INTERNAL = "INTERNAL";

    /** Customer-managed recorders only: a service-linked recorder never counts as the account's Config. */
    @JsonIgnore
    public Outcome<List<ConfigurationRecorder>> customerRecorders() {
        return configurationRecorders.map(all ->
                all.stream().filter(ConfigurationRecorder::isCustomerManaged).toList());
    }

    /** The status of the named recorder, joined by name as the API documents. */
    public Optional<RecorderStatus> statusOf(String recorderName) {
        if (configurationRecordersStatus == null || configurationRecordersStatus.isFailed()) {
            return Optional.empty();
        }
        return configurationRecordersStatus.value().stream()
                .filter(s -> recorderName.equals(s.name()))
                .findFirst();
    }

    /** Service-linked recorders listed by {@code ListConfigurationRecorders}, as information. */
    @JsonIgnore
    public Outcome<List<RecorderSummary>> serviceLinkedRecorders() {
        if (configurationRecorderSummaries == null) {
            return Outcome.ok(List.of());
        }
        return configurationRecorderSummaries.map(
                all -> all.stream().filter(s -> !s.isCustomerManaged()).toList());
    }

    /** A configuration recorder as {@code DescribeConfigurationRecorders} returns it. */
    public record ConfigurationRecorder(
            String arn,
            String name,
            String roleARN,
            RecordingGroup recordingGroup,
            RecordingMode recordingMode,
            String recordingScope,
            String servicePrincipal) {

        @JsonIgnore
        public boolean isCustomerManaged() {
            return servicePrincipal == null && !SCOPE_INTERNAL.equals(recordingScope);
        }
    }

    /** Which resource types a recorder records; {@code recordingStrategy.useOnly} names the strategy. */
    public record RecordingGroup(
            Boolean allSupported,
            Boolean includeGlobalResourceTypes,
            List<String> resourceTypes,
            ExclusionByResourceTypes exclusionByResourceTypes,
            RecordingStrategy recordingStrategy) {

        public RecordingGroup {
            resourceTypes = resourceTypes == null ? List.of() : List.copyOf(resourceTypes);
        }
    }

    /** The resource types an exclusion strategy leaves out. */
    public record ExclusionByResourceTypes(List<String> resourceTypes) {

        public ExclusionByResourceTypes {
            resourceTypes = resourceTypes == null ? List.of() : List.copyOf(resourceTypes);
        }
    }

    /**
     * ALL_SUPPORTED_RESOURCE_TYPES, INCLUSION_BY_RESOURCE_TYPES or EXCLUSION_BY_RESOURCE_TYPES.
     */
    public record RecordingStrategy(String useOnly) {}

    /** CONTINUOUS or DAILY recording, with per-type overrides. */
    public record RecordingMode(String recordingFrequency, List<RecordingModeOverride> recordingModeOverrides) {

        public RecordingMode {
            recordingModeOverrides = recordingModeOverrides == null ? List.of() : List.copyOf(recordingModeOverrides);
        }
    }

    /** A recording frequency for some resource types that differs from the recorder's default. */
    public record RecordingModeOverride(String description, List<String> resourceTypes, String recordingFrequency) {

        public RecordingModeOverride {
            resourceTypes = resourceTypes == null ? List.of() : List.copyOf(resourceTypes);
        }
    }

    /** One entry of {@code DescribeConfigurationRecorderStatus}; lastStatus is Pending, Success or Failure. */
    public record RecorderStatus(
            String name,
            Boolean recording,
            String lastStatus,
            String lastErrorCode,
            String lastErrorMessage,
            Instant lastStartTime,
            Instant lastStopTime,
            Instant lastStatusChangeTime) {

        /** True when the last status is a failure; AWS spells it Failure, the CLI examples FAILURE. */
        public boolean lastStatusFailed() {
            return "FAILURE".equalsIgnoreCase(lastStatus);
        }

        /** True only when the status says {@code recording: true}. */
        public boolean recordsNow() {
            return Boolean.TRUE.equals(recording);
        }
    }

    /** One entry of {@code ListConfigurationRecorders}; recordingScope INTERNAL marks a service-linked one. */
    public record RecorderSummary(String arn, String name, String servicePrincipal, String recordingScope) {

        @JsonIgnore
        public boolean isCustomerManaged() {
            return servicePrincipal == null && !SCOPE_INTERNAL.equals(recordingScope);
        }
    }

    /** A delivery channel as {@code DescribeDeliveryChannels} returns it. */
    public record DeliveryChannel(String name, String s3BucketName, String s3KeyPrefix, String snsTopicARN) {}

    /** One entry of {@code DescribeDeliveryChannelStatus}. */
    public record DeliveryChannelStatus(
            String name, DeliveryInfo configSnapshotDeliveryInfo, DeliveryInfo configHistoryDeliveryInfo) {}

    /** The last delivery of snapshots or history files; lastStatus is Success, Failure or Not_Applicable. */
    public record DeliveryInfo(
            String lastStatus,
            String lastErrorCode,
            String lastErrorMessage,
            Instant lastAttemptTime,
            Instant lastSuccessfulTime) {

        @JsonIgnore
        public boolean isFailure() {
            return "FAILURE".equalsIgnoreCase(lastStatus);
        }
    }

    /** A Config rule as {@code DescribeConfigRules} returns it. */
    public record ConfigRule(
            @JsonProperty("ConfigRuleName") String configRuleName,
            @JsonProperty("ConfigRuleArn") String configRuleArn,
            @JsonProperty("Source") RuleSource source,
            @JsonProperty("ConfigRuleState") String configRuleState,
            @JsonProperty("CreatedBy") String createdBy) {}

    /** Who owns a rule's logic (AWS for managed rules) and which managed rule it is. */
    public record RuleSource(
            @JsonProperty("Owner") String owner,
            @JsonProperty("SourceIdentifier") String sourceIdentifier) {}

    /**
     * A configuration aggregator as {@code DescribeConfigurationAggregators} returns it, with the answer of
     * {@code DescribeConfigurationAggregatorSourcesStatus} for it.
     */
    public record ConfigurationAggregator(
            @JsonProperty("ConfigurationAggregatorName") String configurationAggregatorName,
            @JsonProperty("ConfigurationAggregatorArn") String configurationAggregatorArn,
            @JsonProperty("AccountAggregationSources") List<AccountAggregationSource> accountAggregationSources,
            @JsonProperty("OrganizationAggregationSource") OrganizationAggregationSource organizationAggregationSource,
            @JsonProperty("AggregatedSourceStatusList") Outcome<List<AggregatedSourceStatus>> sourcesStatus) {

        public ConfigurationAggregator {
            accountAggregationSources =
                    accountAggregationSources == null ? List.of() : List.copyOf(accountAggregationSources);
        }
    }

    /** Aggregation from every account of the organization. */
    public record OrganizationAggregationSource(
            @JsonProperty("RoleArn") String roleArn,
            @JsonProperty("AwsRegions") List<String> awsRegions,
            @JsonProperty("AllAwsRegions") Boolean allAwsRegions) {

        public OrganizationAggregationSource {
            awsRegions = awsRegions == null ? List.of() : List.copyOf(awsRegions);
        }
    }

    /** Aggregation from listed accounts. */
    public record AccountAggregationSource(
            @JsonProperty("AccountIds") List<String> accountIds,
            @JsonProperty("AllAwsRegions") Boolean allAwsRegions,
            @JsonProperty("AwsRegions") List<String> awsRegions) {

        public AccountAggregationSource {
            accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
            awsRegions = awsRegions == null ? List.of() : List.copyOf(awsRegions);
        }
    }

    /** How one source account and region of an aggregator last updated: SUCCEEDED, FAILED or OUTDATED. */
    public record AggregatedSourceStatus(
            @JsonProperty("SourceId") String sourceId,
            @JsonProperty("SourceType") String sourceType,
            @JsonProperty("AwsRegion") String awsRegion,
            @JsonProperty("LastUpdateStatus") String lastUpdateStatus,
            @JsonProperty("LastErrorCode") String lastErrorCode,
            @JsonProperty("LastUpdateTime") Instant lastUpdateTime) {

        @JsonIgnore
        public boolean isFailed() {
            return "FAILED".equals(lastUpdateStatus);
        }
    }
}
