package org.irauditor.awsconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.irauditor.awsconfig.ConfigTestData.account;
import static org.irauditor.awsconfig.ConfigTestData.organization;
import static org.irauditor.awsconfig.ConfigTestData.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class RecorderRecordingCheckTest {

    private final RecorderRecordingCheck check = new RecorderRecordingCheck();

    @Test
    void evaluateWhenRecorderIsRecordingShouldPass() {
        // given
        RegionSnapshot region = region("us-east-1", "recording.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message()).isEqualTo("The Config recorder default is recording with last status SUCCESS.");
            assertThat(v.resource().id())
                    .isEqualTo("arn:aws:config:us-east-1:111122223333:configuration-recorder/default/a1b2c3d4e5f6a7b8");
            assertThat(v.evidence()).containsEntry("recorder", "default").doesNotContainKey("serviceLinkedRecorders");
        });
    }

    @Test
    void evaluateWhenRecorderIsStoppedShouldFail() {
        // given
        RegionSnapshot region = region("us-east-1", "stopped-all-types-global.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("The Config recorder default is stopped.");
            assertThat(v.evidence()).containsEntry("lastStopTime", "2026-11-28T17:30:04Z");
        });
    }

    @Test
    void evaluateWhenLastStatusIsFailureShouldFailWithErrorCode() {
        // given
        RegionSnapshot region = region("us-east-1", "failing.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo(
                            "The Config recorder default is recording but its last status is FAILURE (AccessDenied).");
            assertThat(v.evidence())
                    .containsEntry(
                            "serviceLinkedRecorders",
                            "unknown: ListConfigurationRecorders failed: HTTP 500 (unexpected)");
        });
    }

    @Test
    void evaluateWhenLastStatusIsPendingShouldPass() {
        // given: moto and a freshly started recorder keep PENDING
        RegionSnapshot region = region("eu-west-1", "exclusion-with-service-linked.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message()).isEqualTo("The Config recorder default is recording with last status PENDING.");
            assertThat(v.evidence())
                    .containsEntry(
                            "serviceLinkedRecorders", "AWSConfigurationRecorderForExample (example.amazonaws.com)");
        });
    }

    @Test
    void evaluateWhenRecordingWithoutLastStatusShouldPassSayingSo() {
        // given: a recorder started moments ago has no last status yet
        ConfigSnapshot recording = ConfigTestData.config("recording.json");
        ConfigSnapshot config = new ConfigSnapshot(
                recording.configurationRecorders(),
                Outcome.ok(List.of(
                        new ConfigSnapshot.RecorderStatus("default", true, null, null, null, null, null, null))),
                recording.configurationRecorderSummaries(),
                recording.deliveryChannels(),
                recording.deliveryChannelsStatus(),
                recording.configRules(),
                null);

        // when
        List<Verdict> verdicts = evaluate(region("us-east-1", config));

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS, "The Config recorder default is recording; no last status is reported yet."));
    }

    @Test
    void evaluateWhenOnlyServiceLinkedRecorderExistsShouldFail() {
        // given
        RegionSnapshot region = region("eu-west-1", "service-linked-only.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("No customer-managed AWS Config recorder exists in this region.");
            assertThat(v.evidence())
                    .containsEntry(
                            "serviceLinkedRecorders", "AWSConfigurationRecorderForExample (example.amazonaws.com)");
        });
    }

    @Test
    void evaluateWhenDescribeShowsServiceLinkedRecorderShouldNotCountIt() {
        // given: a service-linked recorder returned by DescribeConfigurationRecorders itself
        ConfigSnapshot listed = ConfigTestData.config("service-linked-only.json");
        ConfigSnapshot config = new ConfigSnapshot(
                listed.configurationRecorderSummaries()
                        .map(s -> s.stream()
                                .map(r -> new ConfigSnapshot.ConfigurationRecorder(
                                        r.arn(), r.name(), null, null, null, r.recordingScope(), r.servicePrincipal()))
                                .toList()),
                listed.configurationRecordersStatus(),
                listed.configurationRecorderSummaries(),
                listed.deliveryChannels(),
                listed.deliveryChannelsStatus(),
                listed.configRules(),
                null);

        // when
        List<Verdict> verdicts = evaluate(region("eu-west-1", config));

        // then
        assertThat(verdicts).extracting(Verdict::status).containsExactly(Status.FAIL);
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
            assertThat(v.evidence()).containsEntry("errorCode", "AccessDeniedException");
        });
    }

    @Test
    void evaluateWhenStatusCallFailsShouldBeUnknown() {
        // given
        ConfigSnapshot recording = ConfigTestData.config("recording.json");
        ConfigSnapshot denied = ConfigTestData.config("access-denied.json");
        ConfigSnapshot config = new ConfigSnapshot(
                recording.configurationRecorders(),
                denied.configurationRecordersStatus(),
                recording.configurationRecorderSummaries(),
                recording.deliveryChannels(),
                recording.deliveryChannelsStatus(),
                recording.configRules(),
                null);

        // when
        List<Verdict> verdicts = evaluate(region("us-east-1", config));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("DescribeConfigurationRecorderStatus failed: AccessDeniedException (access denied)");
            assertThat(v.evidence()).containsEntry("recorder", "default");
        });
    }

    @Test
    void evaluateWhenNothingIsConfiguredShouldFail() {
        // given
        RegionSnapshot region = region("us-east-1", "empty.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("No customer-managed AWS Config recorder exists in this region.");
            assertThat(v.evidence()).isEmpty();
        });
    }

    private List<Verdict> evaluate(RegionSnapshot region) {
        AccountSnapshot account = account(region);
        return check.evaluate(region, account, organization(account));
    }
}
