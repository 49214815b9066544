package org.irauditor.awsconfig;

import java.util.ArrayList;
import java.util.List;
import org.irauditor.aws.RegionScope;
import org.irauditor.awsconfig.ConfigSnapshot.AccountAggregationSource;
import org.irauditor.awsconfig.ConfigSnapshot.AggregatedSourceStatus;
import org.irauditor.awsconfig.ConfigSnapshot.ConfigRule;
import org.irauditor.awsconfig.ConfigSnapshot.ConfigurationAggregator;
import org.irauditor.awsconfig.ConfigSnapshot.ConfigurationRecorder;
import org.irauditor.awsconfig.ConfigSnapshot.DeliveryChannel;
import org.irauditor.awsconfig.ConfigSnapshot.DeliveryChannelStatus;
import org.irauditor.awsconfig.ConfigSnapshot.DeliveryInfo;
import org.irauditor.awsconfig.ConfigSnapshot.ExclusionByResourceTypes;
import org.irauditor.awsconfig.ConfigSnapshot.OrganizationAggregationSource;
import org.irauditor.awsconfig.ConfigSnapshot.RecorderStatus;
import org.irauditor.awsconfig.ConfigSnapshot.RecorderSummary;
import org.irauditor.awsconfig.ConfigSnapshot.RecordingGroup;
import org.irauditor.awsconfig.ConfigSnapshot.RecordingMode;
import org.irauditor.awsconfig.ConfigSnapshot.RecordingModeOverride;
import org.irauditor.awsconfig.ConfigSnapshot.RecordingStrategy;
import org.irauditor.awsconfig.ConfigSnapshot.RuleSource;
import org.irauditor.core.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ConfigExportDeliveryInfo;

/**
 * Collects the AWS Config state of one region of one account. Aggregators are read only in the management
 * account and the Config delegated administrator, the only accounts where an organization aggregator can live.
 */
@Component
public class ConfigCollector {

    /** The service principal Config is delegated under for organization aggregators. */
    public static final String CONFIG_PRINCIPAL = "config.amazonaws.com";

    /** The service principal for organization-wide Config rules and conformance packs. */
    public static final String MULTI_ACCOUNT_SETUP_PRINCIPAL = "config-multiaccountsetup.amazonaws.com";

    private static final Logger log = LoggerFactory.getLogger(ConfigCollector.class);

    public ConfigSnapshot collect(RegionScope scope) {
        ConfigClient config = scope.session().config(scope.region());
        Outcome<List<ConfigurationAggregator>> aggregators =
                administersConfig(scope) ? aggregators(scope, config) : null;
        ConfigSnapshot snapshot = new ConfigSnapshot(
                recorders(scope, config),
                recorderStatus(scope, config),
                recorderSummaries(scope, config),
                deliveryChannels(scope, config),
                deliveryChannelStatus(scope, config),
                rules(scope, config),
                aggregators);
        log.debug(
                "Config collected account={} region={} aggregatorsCollected={}",
                scope.accountId(),
                scope.region(),
                aggregators != null);
        return snapshot;
    }

    static boolean administersConfig(RegionScope scope) {
        return scope.administers(CONFIG_PRINCIPAL) || scope.administers(MULTI_ACCOUNT_SETUP_PRINCIPAL);
    }

    private static Outcome<List<ConfigurationRecorder>> recorders(RegionScope scope, ConfigClient config) {
        return scope.call(
                "DescribeConfigurationRecorders",
                () -> config.describeConfigurationRecorders().configurationRecorders().stream()
                        .map(ConfigCollector::recorder)
                        .toList());
    }

    private static Outcome<List<RecorderStatus>> recorderStatus(RegionScope scope, ConfigClient config) {
        return scope.call(
                "DescribeConfigurationRecorderStatus",
                () -> config.describeConfigurationRecorderStatus().configurationRecordersStatus().stream()
                        .map(s -> new RecorderStatus(
                                s.name(),
                                s.recording(),
                                s.lastStatusAsString(),
                                s.lastErrorCode(),
                                s.lastErrorMessage(),
                                s.lastStartTime(),
                                s.lastStopTime(),
                                s.lastStatusChangeTime()))
                        .toList());
    }

    private static Outcome<List<RecorderSummary>> recorderSummaries(RegionScope scope, ConfigClient config) {
        return scope.call("ListConfigurationRecorders", () -> {
            List<RecorderSummary> summaries = new ArrayList<>();
            config.listConfigurationRecordersPaginator(r -> {})
                    .configurationRecorderSummaries()
                    .forEach(s -> summaries.add(
                            new RecorderSummary(s.arn(), s.name(), s.servicePrincipal(), s.recordingScopeAsString())));
            return List.copyOf(summaries);
        });
    }

    private static Outcome<List<DeliveryChannel>> deliveryChannels(RegionScope scope, ConfigClient config) {
        return scope.call(
                "DescribeDeliveryChannels",
                () -> config.describeDeliveryChannels().deliveryChannels().stream()
                        .map(c -> new DeliveryChannel(c.name(), c.s3BucketName(), c.s3KeyPrefix(), c.snsTopicARN()))
                        .toList());
    }

    private static Outcome<List<DeliveryChannelStatus>> deliveryChannelStatus(RegionScope scope, ConfigClient config) {
        return scope.call(
                "DescribeDeliveryChannelStatus",
                () -> config.describeDeliveryChannelStatus().deliveryChannelsStatus().stream()
                        .map(s -> new DeliveryChannelStatus(
                                s.name(),
                                deliveryInfo(s.configSnapshotDeliveryInfo()),
                                deliveryInfo(s.configHistoryDeliveryInfo())))
                        .toList());
    }

    private static Outcome<List<ConfigRule>> rules(RegionScope scope, ConfigClient config) {
        return scope.call("DescribeConfigRules", () -> {
            List<ConfigRule> rules = new ArrayList<>();
            config.describeConfigRulesPaginator(r -> {})
                    .configRules()
                    .forEach(r -> rules.add(new ConfigRule(
                            r.configRuleName(),
                            r.configRuleArn(),
                            r.source() == null
                                    ? null
                                    : new RuleSource(
                                            r.source().ownerAsString(),
                                            r.source().sourceIdentifier()),
                            r.configRuleStateAsString(),
                            r.createdBy())));
            return List.copyOf(rules);
        });
    }

    private static Outcome<List<ConfigurationAggregator>> aggregators(RegionScope scope, ConfigClient config) {
        Outcome<List<software.amazon.awssdk.services.config.model.ConfigurationAggregator>> listed =
                scope.call("DescribeConfigurationAggregators", () -> {
                    List<software.amazon.awssdk.services.config.model.ConfigurationAggregator> all = new ArrayList<>();
                    config.describeConfigurationAggregatorsPaginator(r -> {})
                            .configurationAggregators()
                            .forEach(all::add);
                    return List.copyOf(all);
                });
        return listed.map(all -> all.stream()
                .map(a -> aggregator(a, sourcesStatus(scope, config, a.configurationAggregatorName())))
                .toList());
    }

    private static Outcome<List<AggregatedSourceStatus>> sourcesStatus(
            RegionScope scope, ConfigClient config, String aggregatorName) {
        return scope.call("DescribeConfigurationAggregatorSourcesStatus", () -> {
            List<AggregatedSourceStatus> statuses = new ArrayList<>();
            config.describeConfigurationAggregatorSourcesStatusPaginator(
                            r -> r.configurationAggregatorName(aggregatorName))
                    .aggregatedSourceStatusList()
                    .forEach(s -> statuses.add(new AggregatedSourceStatus(
                            s.sourceId(),
                            s.sourceTypeAsString(),
                            s.awsRegion(),
                            s.lastUpdateStatusAsString(),
                            s.lastErrorCode(),
                            s.lastUpdateTime())));
            return List.copyOf(statuses);
        });
    }

    private static ConfigurationRecorder recorder(
            software.amazon.awssdk.services.config.model.ConfigurationRecorder r) {
        return new ConfigurationRecorder(
                r.arn(),
                r.name(),
                r.roleARN(),
                recordingGroup(r.recordingGroup()),
                recordingMode(r.recordingMode()),
                r.recordingScopeAsString(),
                r.servicePrincipal());
    }

    private static RecordingGroup recordingGroup(software.amazon.awssdk.services.config.model.RecordingGroup group) {
        if (group == null) {
            return null;
        }
        return new RecordingGroup(
                group.allSupported(),
                group.includeGlobalResourceTypes(),
                group.hasResourceTypes() ? group.resourceTypesAsStrings() : List.of(),
                group.exclusionByResourceTypes() == null
                        ? null
                        : new ExclusionByResourceTypes(
                                group.exclusionByResourceTypes().resourceTypesAsStrings()),
                group.recordingStrategy() == null
                        ? null
                        : new RecordingStrategy(group.recordingStrategy().useOnlyAsString()));
    }

    private static RecordingMode recordingMode(software.amazon.awssdk.services.config.model.RecordingMode mode) {
        if (mode == null) {
            return null;
        }
        return new RecordingMode(
                mode.recordingFrequencyAsString(),
                mode.recordingModeOverrides().stream()
                        .map(o -> new RecordingModeOverride(
                                o.description(), o.resourceTypesAsStrings(), o.recordingFrequencyAsString()))
                        .toList());
    }

    private static DeliveryInfo deliveryInfo(ConfigExportDeliveryInfo info) {
        if (info == null) {
            return null;
        }
        return new DeliveryInfo(
                info.lastStatusAsString(),
                info.lastErrorCode(),
                info.lastErrorMessage(),
                info.lastAttemptTime(),
                info.lastSuccessfulTime());
    }

    private static ConfigurationAggregator aggregator(
            software.amazon.awssdk.services.config.model.ConfigurationAggregator a,
            Outcome<List<AggregatedSourceStatus>> sourcesStatus) {
        OrganizationAggregationSource organization = a.organizationAggregationSource() == null
                ? null
                : new OrganizationAggregationSource(
                        a.organizationAggregationSource().roleArn(),
                        a.organizationAggregationSource().awsRegions(),
                        a.organizationAggregationSource().allAwsRegions());
        return new ConfigurationAggregator(
                a.configurationAggregatorName(),
                a.configurationAggregatorArn(),
                a.accountAggregationSources().stream()
                        .map(s -> new AccountAggregationSource(s.accountIds(), s.allAwsRegions(), s.awsRegions()))
                        .toList(),
                organization,
                sourcesStatus);
    }
}
