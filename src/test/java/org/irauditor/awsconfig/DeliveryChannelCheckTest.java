package org.irauditor.awsconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.awsconfig.ConfigTestData.account;
import static org.irauditor.awsconfig.ConfigTestData.organization;
import static org.irauditor.awsconfig.ConfigTestData.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class DeliveryChannelCheckTest {

    private final DeliveryChannelCheck check = new DeliveryChannelCheck();

    @Test
    void evaluateWhenChannelDeliversShouldPass() {
        // given
        RegionSnapshot region = region("us-east-1", "recording.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo(
                            "The Config delivery channel default delivers to the S3 bucket config-bucket-222233334444.");
            assertThat(v.evidence())
                    .containsEntry("deliveryChannel", "default")
                    .containsEntry("lastSuccessfulHistoryDelivery", "2026-12-03T06:02:11Z");
        });
    }

    @Test
    void evaluateWhenHistoryDeliveryFailsShouldFail() {
        // given
        RegionSnapshot region = region("us-east-1", "failing.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("The Config delivery channel default fails to deliver to the S3 bucket"
                            + " config-bucket-222233334444: configuration history delivery failed (AccessDenied).");
        });
    }

    @Test
    void evaluateWhenStatusCallFailsShouldBeUnknown() {
        // given
        ConfigSnapshot recording = ConfigTestData.config("recording.json");
        ConfigSnapshot denied = ConfigTestData.config("access-denied.json");
        ConfigSnapshot config = new ConfigSnapshot(
                recording.configurationRecorders(),
                recording.configurationRecordersStatus(),
                recording.configurationRecorderSummaries(),
                recording.deliveryChannels(),
                denied.deliveryChannelsStatus(),
                recording.configRules(),
                null);

        // when
        List<Verdict> verdicts = evaluate(region("us-east-1", config));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("DescribeDeliveryChannelStatus failed: AccessDeniedException (access denied)");
            assertThat(v.evidence()).containsEntry("deliveryChannel", "default");
        });
    }

    @Test
    void evaluateWhenChannelsCallIsDeniedShouldBeUnknown() {
        // given
        RegionSnapshot region = region("us-east-1", "access-denied.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("DescribeDeliveryChannels failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenNoChannelExistsShouldFail() {
        // given
        RegionSnapshot region = region("us-east-1", "empty.json");

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("No Config delivery channel exists in this region.");
        });
    }

    private List<Verdict> evaluate(RegionSnapshot region) {
        AccountSnapshot account = account(region);
        return check.evaluate(region, account, organization(account));
    }
}
