package org.irauditor.awsconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.irauditor.awsconfig.ConfigTestData.account;
import static org.irauditor.awsconfig.ConfigTestData.organization;
import static org.irauditor.awsconfig.ConfigTestData.region;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.Check;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.audit.CheckEvaluator;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Json;
import org.irauditor.core.Status;
import org.junit.jupiter.api.Test;

/** Whole accounts through the evaluator, with the catalogue built from {@code checks/config.yml}. */
class ConfigScenarioTest {

    private static final List<Check> CHECKS = List.of(
            new RecorderRecordingCheck(),
            new RecordingScopeCheck(),
            new GlobalResourceTypesCheck(),
            new DeliveryChannelCheck(),
            new RestrictedSshRuleCheck(),
            new OrganizationAggregatorCheck());

    @Test
    void catalogueWhenLoadedShouldDescribeEveryConfigCheck() throws IOException {
        // when
        CheckCatalog catalog = CheckCatalog.of(metadata(), CHECKS);

        // then
        assertThat(catalog.entries())
                .extracting(CheckMetadata::id)
                .containsExactly(
                        DeliveryChannelCheck.ID,
                        GlobalResourceTypesCheck.ID,
                        OrganizationAggregatorCheck.ID,
                        RecorderRecordingCheck.ID,
                        RecordingScopeCheck.ID,
                        RestrictedSshRuleCheck.ID);
    }

    @Test
    void evaluateWhenHomeRecorderIsStoppedShouldFailThereAndForGlobalTypesOnce() throws IOException {
        // given: us-east-1 records global types but is stopped; eu-west-1 records without global types
        AccountSnapshot account = account(
                region("us-east-1", "stopped-all-types-global.json"),
                region("eu-west-1", "recording-all-types-no-global.json"));
        CheckEvaluator evaluator = new CheckEvaluator(CheckCatalog.of(metadata(), CHECKS));

        // when
        List<CheckResult> results = evaluator.evaluateAccount(account, organization(account));

        // then
        assertThat(results)
                .filteredOn(r -> r.checkId().equals(RecorderRecordingCheck.ID))
                .extracting(CheckResult::region, CheckResult::status, CheckResult::message)
                .containsExactly(
                        tuple("us-east-1", Status.FAIL, "The Config recorder default is stopped."),
                        tuple(
                                "eu-west-1",
                                Status.PASS,
                                "The Config recorder default is recording with last status SUCCESS."));
        assertThat(results)
                .filteredOn(r -> r.checkId().equals(GlobalResourceTypesCheck.ID))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.region()).isEqualTo(CheckResult.GLOBAL);
                    assertThat(r.status()).isEqualTo(Status.FAIL);
                    assertThat(r.message())
                            .isEqualTo("No recording Config recorder includes global resource types in any region.");
                });
    }

    @Test
    void evaluateWhenExclusionAndServiceLinkedRecorderShouldReportBoth() throws IOException {
        // given
        AccountSnapshot account = account(region("eu-west-1", "exclusion-with-service-linked.json"));
        CheckEvaluator evaluator = new CheckEvaluator(CheckCatalog.of(metadata(), CHECKS));

        // when
        List<CheckResult> results = evaluator.evaluateAccount(account, organization(account));

        // then
        assertThat(results)
                .filteredOn(r -> r.checkId().equals(RecorderRecordingCheck.ID))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(Status.PASS);
                    assertThat(r.evidence())
                            .containsEntry(
                                    "serviceLinkedRecorders",
                                    "AWSConfigurationRecorderForExample (example.amazonaws.com)");
                });
        assertThat(results)
                .filteredOn(r -> r.checkId().equals(RecordingScopeCheck.ID))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(Status.FAIL);
                    assertThat(r.evidence()).containsEntry("excludedResourceTypes", "AWS::EC2::NetworkInterface");
                });
    }

    @Test
    void snapshotWhenSerialisedShouldRoundTrip() throws IOException {
        // given
        ConfigSnapshot snapshot = ConfigTestData.config("exclusion-with-service-linked.json");
        ConfigSnapshot aggregators = ConfigTestData.config("aggregator-failed-sources.json");
        ConfigSnapshot both = new ConfigSnapshot(
                snapshot.configurationRecorders(),
                snapshot.configurationRecordersStatus(),
                snapshot.configurationRecorderSummaries(),
                snapshot.deliveryChannels(),
                snapshot.deliveryChannelsStatus(),
                ConfigTestData.config("recording.json").configRules(),
                aggregators.configurationAggregators());

        // when
        String json = Json.mapper().writeValueAsString(both);
        ConfigSnapshot read = Json.mapper().readValue(json, ConfigSnapshot.class);

        // then
        assertThat(read).isEqualTo(both);
        assertThat(json)
                .contains("\"ConfigurationRecorders\"", "\"recordingGroup\"", "\"allSupported\"", "\"roleARN\"")
                .contains("\"ConfigRuleName\"", "\"AggregatedSourceStatusList\"", "\"LastUpdateStatus\"");
    }

    private static List<CheckMetadata> metadata() throws IOException {
        try (InputStream in = ConfigScenarioTest.class.getResourceAsStream("/checks/config.yml")) {
            return JsonMapper.builder(new YAMLFactory())
                    .build()
                    .readValue(in, new TypeReference<List<CheckMetadata>>() {});
        }
    }
}
