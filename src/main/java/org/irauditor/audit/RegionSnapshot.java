package org.irauditor.audit;

import java.util.Objects;
import org.irauditor.awsconfig.ConfigSnapshot;
import org.irauditor.cloudtrail.CloudTrailSnapshot;
import org.irauditor.core.ErrorReason;
import org.irauditor.detective.DetectiveSnapshot;
import org.irauditor.flowlogs.FlowLogsSnapshot;
import org.irauditor.guardduty.GuardDutySnapshot;
import org.irauditor.routing.RoutingSnapshot;
import org.irauditor.securityhub.SecurityHubSnapshot;

/**
 * Everything collected in one enabled region of one account. A service snapshot is {@code null} only when the
 * whole region could not be collected, and then {@link #error()} says why.
 */
public record RegionSnapshot(
        String region,
        ErrorReason error,
        CloudTrailSnapshot cloudTrail,
        ConfigSnapshot config,
        SecurityHubSnapshot securityHub,
        DetectiveSnapshot detective,
        GuardDutySnapshot guardDuty,
        FlowLogsSnapshot flowLogs,
        RoutingSnapshot routing) {

    public RegionSnapshot {
        Objects.requireNonNull(region, "region");
    }

    /** A region whose collection failed as a whole: every regional check there is UNKNOWN. */
    public static RegionSnapshot failed(String region, ErrorReason error) {
        return new RegionSnapshot(region, error, null, null, null, null, null, null, null);
    }
}
