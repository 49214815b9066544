package org.irauditor.flowlogs;

import java.util.List;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Outcome;
import org.irauditor.flowlogs.FlowLogsSnapshot.FlowLog;
import org.irauditor.flowlogs.FlowLogsSnapshot.Vpc;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Collects the VPCs and VPC Flow Logs of one region of one account. */
@Component
public class FlowLogsCollector {

    public FlowLogsSnapshot collect(RegionScope scope) {
        Ec2Client ec2 = scope.session().ec2(scope.region());
        Outcome<List<Vpc>> vpcs = scope.call(
                "DescribeVpcs",
                () -> ec2.describeVpcsPaginator().vpcs().stream()
                        .map(v -> new Vpc(v.vpcId(), v.ownerId(), v.isDefault()))
                        .toList());
        Outcome<List<FlowLog>> flowLogs = scope.call(
                "DescribeFlowLogs",
                () -> ec2.describeFlowLogsPaginator().flowLogs().stream()
                        .map(FlowLogsCollector::flowLog)
                        .toList());
        return new FlowLogsSnapshot(vpcs, flowLogs);
    }

    private static FlowLog flowLog(software.amazon.awssdk.services.ec2.model.FlowLog log) {
        return new FlowLog(
                log.flowLogId(),
                log.resourceId(),
                log.flowLogStatus(),
                log.trafficTypeAsString(),
                log.deliverLogsStatus(),
                log.deliverLogsErrorMessage(),
                log.logDestinationTypeAsString(),
                log.logDestination(),
                log.logGroupName());
    }
}
