package org.irauditor.flowlogs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.irauditor.core.Outcome;

/**
 * VPC Flow Logs in one region of one account: the VPCs the account sees (its own and those shared into it) with
 * their owners, and the flow logs the account has created. Fields carry the EC2 API names (PascalCase, as the
 * SDK and CLI show them) so fixtures read like real responses.
 *
 * @param vpcs DescribeVpcs, all pages
 * @param flowLogs DescribeFlowLogs, all pages
 */
public record FlowLogsSnapshot(
        @JsonProperty("Vpcs") Outcome<List<Vpc>> vpcs,
        @JsonProperty("FlowLogs") Outcome<List<FlowLog>> flowLogs) {

    /** A VPC; {@code OwnerId} differs from the account for a VPC shared into it by another account. */
    public record Vpc(
            @JsonProperty("VpcId") String vpcId,
            @JsonProperty("OwnerId") String ownerId,
            @JsonProperty("IsDefault") Boolean isDefault) {}

    /**
     * A flow log.
     *
     * @param trafficType ALL, ACCEPT or REJECT
     * @param deliverLogsStatus SUCCESS or FAILED; absent when nothing was reported
     * @param deliverLogsErrorMessage why delivery failed: Rate limited, Access error or Unknown error
     * @param logDestinationType cloud-watch-logs, s3 or kinesis-data-firehose
     */
    public record FlowLog(
            @JsonProperty("FlowLogId") String flowLogId,
            @JsonProperty("ResourceId") String resourceId,
            @JsonProperty("FlowLogStatus") String flowLogStatus,
            @JsonProperty("TrafficType") String trafficType,
            @JsonProperty("DeliverLogsStatus") String deliverLogsStatus,
            @JsonProperty("DeliverLogsErrorMessage") String deliverLogsErrorMessage,
            @JsonProperty("LogDestinationType") String logDestinationType,
            @JsonProperty("LogDestination") String logDestination,
            @JsonProperty("LogGroupName") String logGroupName) {

        @JsonIgnore
        public boolean isActive() {
            return "ACTIVE".equalsIgnoreCase(flowLogStatus);
        }

        /** True when rejected traffic is captured: ALL or REJECT. */
        public boolean capturesRejected() {
            return "ALL".equalsIgnoreCase(trafficType) || "REJECT".equalsIgnoreCase(trafficType);
        }

        public boolean deliveryFailed() {
            return "FAILED".equalsIgnoreCase(deliverLogsStatus);
        }
    }
}
