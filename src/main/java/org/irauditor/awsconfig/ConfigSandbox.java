package org.irauditor.awsconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/**
 * The Config state of sandbox accounts, from the account's {@code config} trait:
 *
 * <ul>
 *   <li>{@code ready}: a recorder for all supported types (global types in the home region only), recording,
 *       a delivering channel and the restricted-ssh rule;
 *   <li>{@code aggregator}: ready, plus (where the account administers Config for the organization) an
 *       organization aggregator for all regions in the home region, every source healthy;
 *   <li>{@code stopped}: the ready set-up with the recorder stopped in every region;
 *   <li>{@code missing}: no recorder, channel or rule; only a service-linked recorder of another service;
 *   <li>{@code exclusions}: an exclusion list that leaves out network interfaces (and the IAM types outside
 *       the home region), with a daily recording override, and the rule from a conformance pack.
 * </ul>
 */
public final class ConfigSandbox {

    static final String RECORDER = "default";
    static final String AGGREGATOR = "organization-aggregator";

    /** The trait values this class interprets; the sandbox definition is validated against them. */
    public static final Set<String> TRAITS =
            Set.of(SandboxAccount.READY, "aggregator", "stopped", "missing", "exclusions");

    private ConfigSandbox() {}

    public static ConfigSnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        String trait = account.trait("config");
        boolean home = region.equals(organization.homeRegion());
        Outcome<List<ConfigurationAggregator>> aggregators = administers(account, organization)
                ? Outcome.ok(
                        "aggregator".equals(trait) && home
                                ? List.of(aggregator(account, region, organization))
                                : List.of())
                : null;
        if ("missing".equals(trait)) {
            return new ConfigSnapshot(
                    Outcome.ok(List.of()),
                    Outcome.ok(List.of()),
                    Outcome.ok(List.of(serviceLinked(account, region, organization))),
                    Outcome.ok(List.of()),
                    Outcome.ok(List.of()),
                    Outcome.ok(List.of()),
                    aggregators);
        }
        ConfigurationRecorder recorder = recorder(account, region, organization, trait, home);
        return new ConfigSnapshot(
                Outcome.ok(List.of(recorder)),
                Outcome.ok(List.of(status(!"stopped".equals(trait)))),
                Outcome.ok(List.of(new RecorderSummary(recorder.arn(), RECORDER, null, "PAID"))),
                Outcome.ok(List.of(channel(organization))),
                Outcome.ok(List.of(new DeliveryChannelStatus(RECORDER, delivered(), delivered()))),
                Outcome.ok(List.of(rule(account, region, organization, trait))),
                aggregators);
    }

    private static boolean administers(SandboxAccount account, SandboxOrganization organization) {
        return organization.isManagement(account)
                || organization
                        .delegatedAdmin(ConfigCollector.CONFIG_PRINCIPAL)
                        .filter(account.id()::equals)
                        .isPresent()
                || organization
                        .delegatedAdmin(ConfigCollector.MULTI_ACCOUNT_SETUP_PRINCIPAL)
                        .filter(account.id()::equals)
                        .isPresent();
    }

    private static ConfigurationRecorder recorder(
            SandboxAccount account, String region, SandboxOrganization organization, String trait, boolean home) {
        RecordingGroup group;
        RecordingMode mode;
        if ("exclusions".equals(trait)) {
            List<String> excluded = new ArrayList<>(List.of("AWS::EC2::NetworkInterface"));
            if (!home) {
                excluded.addAll(RecordingCoverage.IR_CRITICAL_GLOBAL_TYPES);
            }
            group = new RecordingGroup(
                    false,
                    false,
                    List.of(),
                    new ExclusionByResourceTypes(excluded),
                    new RecordingStrategy("EXCLUSION_BY_RESOURCE_TYPES"));
            mode = new RecordingMode(
                    RecordingCoverage.CONTINUOUS,
                    List.of(new RecordingModeOverride(
                            "cost", List.of("AWS::EC2::VPC", "AWS::EC2::Subnet"), RecordingCoverage.DAILY)));
        } else {
            group = new RecordingGroup(
                    true, home, List.of(), null, new RecordingStrategy("ALL_SUPPORTED_RESOURCE_TYPES"));
            mode = new RecordingMode(RecordingCoverage.CONTINUOUS, List.of());
        }
        return new ConfigurationRecorder(
                arn(organization, region, account, "configuration-recorder/" + RECORDER + "/sandbox"),
                RECORDER,
                "arn:" + organization.partition() + ":iam::" + account.id()
                        + ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig",
                group,
                mode,
                "PAID",
                null);
    }

    private static RecorderStatus status(boolean recording) {
        return new RecorderStatus(RECORDER, recording, "Success", null, null, null, null, null);
    }

    private static RecorderSummary serviceLinked(
            SandboxAccount account, String region, SandboxOrganization organization) {
        return new RecorderSummary(
                arn(organization, region, account, "configuration-recorder/AWSConfigurationRecorderForExample/sandbox"),
                "AWSConfigurationRecorderForExample",
                "example.amazonaws.com",
                ConfigSnapshot.SCOPE_INTERNAL);
    }

    private static DeliveryChannel channel(SandboxOrganization organization) {
        return new DeliveryChannel(RECORDER, "config-logs-" + organization.organizationId(), "config", null);
    }

    private static DeliveryInfo delivered() {
        return new DeliveryInfo("Success", null, null, null, null);
    }

    private static ConfigRule rule(
            SandboxAccount account, String region, SandboxOrganization organization, String trait) {
        String name = "exclusions".equals(trait) ? "restricted-ssh-conformance-pack-sandbox" : "restricted-ssh";
        return new ConfigRule(
                name,
                arn(organization, region, account, "config-rule/config-rule-sandbox"),
                new RuleSource("AWS", "INCOMING_SSH_DISABLED"),
                "ACTIVE",
                null);
    }

    private static ConfigurationAggregator aggregator(
            SandboxAccount account, String region, SandboxOrganization organization) {
        List<AggregatedSourceStatus> sources = new ArrayList<>();
        for (SandboxAccount member : organization.accounts()) {
            if (!"ACTIVE".equals(member.state())) {
                continue;
            }
            organization.regions().stream()
                    .filter(r -> !member.disabledRegions().contains(r))
                    .forEach(r -> sources.add(
                            new AggregatedSourceStatus(member.id(), "ACCOUNT", r, "SUCCEEDED", null, null)));
        }
        return new ConfigurationAggregator(
                AGGREGATOR,
                arn(organization, region, account, "config-aggregator/config-aggregator-sandbox"),
                List.of(),
                new OrganizationAggregationSource(
                        "arn:" + organization.partition() + ":iam::" + account.id() + ":role/ConfigAggregatorRole",
                        List.of(),
                        true),
                Outcome.ok(List.copyOf(sources)));
    }

    private static String arn(
            SandboxOrganization organization, String region, SandboxAccount account, String resource) {
        return "arn:" + organization.partition() + ":config:" + region + ":" + account.id() + ":" + resource;
    }
}
