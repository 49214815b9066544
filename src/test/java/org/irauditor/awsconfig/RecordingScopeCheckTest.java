package org.irauditor.awsconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.awsconfig.ConfigTestData.account;
import static org.irauditor.awsconfig.ConfigTestData.organization;
import static org.irauditor.awsconfig.ConfigTestData.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RecordingScopeCheckTest {

    private final RecordingScopeCheck check = new RecordingScopeCheck();

    @Test
    void evaluateWhenAllSupportedTypesAreRecordedShouldPass() {
        // given
        RegionSnapshot region = region("us-east-1", "recording.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message()).isEqualTo("The Config recorder default records all supported resource types.");
            assertThat(v.evidence())
                    .containsEntry("recordingStrategy", "ALL_SUPPORTED_RESOURCE_TYPES")
                    .containsEntry("recordingFrequency", "CONTINUOUS");
        });
    }

    @Test
    void evaluateWhenExclusionListsNetworkInterfacesShouldFailNamingTheType() {
        // given
        RegionSnapshot region = region("eu-west-1", "exclusion-with-service-linked.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo(
                            "The Config recorder default excludes IR-critical resource types: AWS::EC2::NetworkInterface.");
            assertThat(v.evidence())
                    .containsEntry("recordingStrategy", "EXCLUSION_BY_RESOURCE_TYPES")
                    .containsEntry("excludedResourceTypes", "AWS::EC2::NetworkInterface");
        });
    }

    @Test
    void evaluateWhenExclusionSparesCriticalTypesShouldPassAndNameDailyOverrides() {
        // given
        RegionSnapshot region = region("eu-west-1", recorder("""
                {"allSupported": false,
                 "exclusionByResourceTypes": {"resourceTypes": ["AWS::CloudFormation::Stack", "AWS::IAM::User"]},
                 "recordingStrategy": {"useOnly": "EXCLUSION_BY_RESOURCE_TYPES"}}""", """
                {"recordingFrequency": "CONTINUOUS",
                 "recordingModeOverrides": [{"description": "cost", "resourceTypes": ["AWS::EC2::VPC"],
                                             "recordingFrequency": "DAILY"}]}"""));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo(
                            "The Config recorder default records all supported resource types except"
                                    + " AWS::CloudFormation::Stack, AWS::IAM::User. Recorded daily by override: AWS::EC2::VPC.");
        });
    }

    @Test
    void evaluateWhenInclusionListMissesCriticalTypesShouldFail() {
        // given
        RegionSnapshot region = region("us-east-1", "failing.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("The Config recorder default does not include IR-critical resource types:"
                            + " AWS::EC2::NetworkInterface, AWS::S3::Bucket.");
            assertThat(v.evidence())
                    .containsEntry("resourceTypes", "AWS::EC2::Instance, AWS::EC2::SecurityGroup, AWS::IAM::Role");
        });
    }

    @Test
    void evaluateWhenInclusionListHasCriticalTypesShouldPass() {
        // given
        RegionSnapshot region = region("us-east-1", recorder("""
                {"allSupported": false,
                 "resourceTypes": ["AWS::EC2::Instance", "AWS::EC2::NetworkInterface", "AWS::EC2::SecurityGroup",
                                   "AWS::S3::Bucket", "AWS::Lambda::Function"]}""", null));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("The Config recorder default records 5 listed resource types, including every"
                            + " IR-critical one.");
            assertThat(v.evidence()).containsEntry("recordingStrategy", "INCLUSION_BY_RESOURCE_TYPES");
        });
    }

    @Test
    void evaluateWhenCriticalTypesAreRecordedDailyShouldFail() {
        // given
        RegionSnapshot region = region("us-east-1", recorder("""
                {"allSupported": true, "includeGlobalResourceTypes": true}""", """
                {"recordingFrequency": "DAILY",
                 "recordingModeOverrides": [{"resourceTypes": ["AWS::EC2::Instance", "AWS::EC2::NetworkInterface"],
                                             "recordingFrequency": "CONTINUOUS"}]}"""));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("The Config recorder default records IR-critical resource types only daily:"
                            + " AWS::EC2::SecurityGroup, AWS::S3::Bucket. Resource types are recorded daily, except"
                            + " continuously: AWS::EC2::Instance, AWS::EC2::NetworkInterface.");
            assertThat(v.evidence()).containsEntry("recordingFrequency", "DAILY");
        });
    }

    @Test
    void evaluateWhenCallIsDeniedShouldBeUnknown() {
        // given
        RegionSnapshot region = region("us-east-1", "access-denied.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("DescribeConfigurationRecorders failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenNoRecorderExistsShouldFail() {
        // given
        RegionSnapshot region = region("us-east-1", "empty.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("No customer-managed AWS Config recorder exists in this region. No resource type is"
                            + " recorded.");
        });
    }

    private List<Verdict> evaluate(RegionSnapshot region) {
        AccountSnapshot account = account(region);
        return check.evaluate(region, account, organization(account));
    }

    private static ConfigSnapshot recorder(String recordingGroup, String recordingMode) {
        ConfigSnapshot base = ConfigTestData.config("recording.json");
        String json = "{\"name\": \"default\", \"recordingGroup\": " + recordingGroup
                + (recordingMode == null ? "" : ", \"recordingMode\": " + recordingMode) + "}";
        ConfigSnapshot.ConfigurationRecorder recorder =
                Fixtures.parse(json, ConfigSnapshot.ConfigurationRecorder.class);
        return new ConfigSnapshot(
                Outcome.ok(List.of(recorder)),
                base.configurationRecordersStatus(),
                base.configurationRecorderSummaries(),
                base.deliveryChannels(),
                base.deliveryChannelsStatus(),
                base.configRules(),
                null);
    }
}
