package org.irauditor.awsconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.awsconfig.ConfigSnapshot.DeliveryChannel;
import org.irauditor.awsconfig.ConfigSnapshot.DeliveryChannelStatus;
import org.irauditor.awsconfig.ConfigSnapshot.DeliveryInfo;
import org.irauditor.core.Outcome;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * A delivery channel exists in the region and its last history and snapshot deliveries did not fail: without
 * it, configuration history never reaches the S3 bucket responders read after the fact.
 */
@Component
public class DeliveryChannelCheck implements RegionalCheck {

    public static final String ID = "config.delivery-channel";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        ConfigSnapshot config = region.config();
        Outcome<List<DeliveryChannel>> channels = config.deliveryChannels();
        if (channels.isFailed()) {
            return List.of(Verdict.unknown(channels.error()));
        }
        if (channels.value().isEmpty()) {
            return List.of(Verdict.fail("No Config delivery channel exists in this region."));
        }
        return channels.value().stream().map(c -> evaluate(c, config)).toList();
    }

    private static Verdict evaluate(DeliveryChannel channel, ConfigSnapshot config) {
        Outcome<List<DeliveryChannelStatus>> statuses = config.deliveryChannelsStatus();
        Verdict verdict;
        if (statuses.isFailed()) {
            verdict = Verdict.unknown(statuses.error());
        } else {
            verdict = statuses.value().stream()
                    .filter(s -> channel.name().equals(s.name()))
                    .findFirst()
                    .map(s -> judge(channel, s))
                    .orElseGet(() -> Verdict.unknown(
                            "The Config delivery channel " + channel.name() + " has no delivery status."));
        }
        return verdict.with("deliveryChannel", channel.name())
                .with("s3BucketName", channel.s3BucketName())
                .with("snsTopicARN", channel.snsTopicARN());
    }

    private static Verdict judge(DeliveryChannel channel, DeliveryChannelStatus status) {
        List<String> failures = new ArrayList<>();
        failure("configuration history", status.configHistoryDeliveryInfo()).ifPresent(failures::add);
        failure("configuration snapshot", status.configSnapshotDeliveryInfo()).ifPresent(failures::add);
        String target = "the S3 bucket " + channel.s3BucketName();
        if (!failures.isEmpty()) {
            return Verdict.fail("The Config delivery channel " + channel.name() + " fails to deliver to " + target
                    + ": " + String.join("; ", failures) + ".");
        }
        Verdict verdict =
                Verdict.pass("The Config delivery channel " + channel.name() + " delivers to " + target + ".");
        DeliveryInfo history = status.configHistoryDeliveryInfo();
        return history == null ? verdict : verdict.with("lastSuccessfulHistoryDelivery", history.lastSuccessfulTime());
    }

    private static Optional<String> failure(String kind, DeliveryInfo info) {
        if (info == null || !info.isFailure()) {
            return Optional.empty();
        }
        return Optional.of(kind + " delivery failed ("
                + Optional.ofNullable(info.lastErrorCode()).orElse("no error code") + ")");
    }
}
