package org.irauditor.flowlogs;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.irauditor.flowlogs.FlowLogsSnapshot.FlowLog;
import org.irauditor.flowlogs.FlowLogsSnapshot.Vpc;
import org.springframework.stereotype.Component;

/**
 * Every VPC the account owns has an active flow log that records at least rejected traffic and delivers it. A
 * VPC shared into the account belongs to its owner, whose flow logs the participant cannot see, so it is judged
 * in the owner account and reported here as not applicable.
 */
@Component
public class VpcFlowLogsCheck implements RegionalCheck {

    public static final String ID = "flowlogs.vpc-flow-logs";

    /** ASFF resource type of a VPC. */
    static final String VPC = "AwsEc2Vpc";

    /** Prefers a flow log that delivers, then one that records all traffic, then the lowest id. */
    private static final Comparator<FlowLog> BEST = Comparator.comparing(FlowLog::deliveryFailed)
            .thenComparing(f -> !"ALL".equalsIgnoreCase(f.trafficType()))
            .thenComparing(FlowLog::flowLogId, Comparator.nullsLast(Comparator.naturalOrder()));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        FlowLogsSnapshot snapshot = region.flowLogs();
        if (snapshot == null) {
            return List.of(Verdict.unknown("VPC Flow Logs were not collected in this region."));
        }
        if (snapshot.vpcs().isFailed()) {
            return List.of(Verdict.unknown(snapshot.vpcs().error()));
        }
        if (snapshot.vpcs().value().isEmpty()) {
            return List.of(Verdict.pass("No VPCs in this region."));
        }
        return snapshot.vpcs().value().stream()
                .sorted(Comparator.comparing(Vpc::vpcId))
                .map(vpc -> evaluateVpc(vpc, snapshot.flowLogs(), account.accountId())
                        .about(resource(vpc, account.partition(), region.region(), account.accountId()))
                        .with("vpcId", vpc.vpcId())
                        .with("ownerId", vpc.ownerId())
                        .with("isDefault", vpc.isDefault()))
                .toList();
    }

    private static Verdict evaluateVpc(Vpc vpc, Outcome<List<FlowLog>> flowLogs, String accountId) {
        if (vpc.ownerId() != null && !vpc.ownerId().equals(accountId)) {
            return Verdict.notApplicable("VPC " + vpc.vpcId() + " is owned by account " + vpc.ownerId()
                    + " and shared into this account; its flow logs are judged in the owner account.");
        }
        if (flowLogs.isFailed()) {
            return Verdict.unknown(flowLogs.error());
        }
        List<FlowLog> active = flowLogs.value().stream()
                .filter(f -> vpc.vpcId().equals(f.resourceId()))
                .filter(FlowLog::isActive)
                .toList();
        Optional<FlowLog> best =
                active.stream().filter(FlowLog::capturesRejected).min(BEST);
        if (best.isEmpty()) {
            return withoutRejectedTraffic(vpc, active);
        }
        return judge(vpc, best.get())
                .with("flowLogId", best.get().flowLogId())
                .with("trafficType", best.get().trafficType())
                .with("deliverLogsStatus", best.get().deliverLogsStatus())
                .with("logDestinationType", best.get().logDestinationType())
                .with("logDestination", destination(best.get()));
    }

    private static Verdict withoutRejectedTraffic(Vpc vpc, List<FlowLog> active) {
        if (active.isEmpty()) {
            return Verdict.fail("VPC " + vpc.vpcId() + " has no active flow log.");
        }
        return Verdict.fail("VPC " + vpc.vpcId()
                        + " has flow logs for accepted traffic only, so rejected traffic is not recorded.")
                .with("flowLogId", active.get(0).flowLogId())
                .with("trafficType", active.get(0).trafficType());
    }

    private static Verdict judge(Vpc vpc, FlowLog flowLog) {
        if (flowLog.deliveryFailed()) {
            String error = flowLog.deliverLogsErrorMessage() == null
                    ? "no error message given"
                    : flowLog.deliverLogsErrorMessage();
            return Verdict.fail("The flow log " + flowLog.flowLogId() + " of VPC " + vpc.vpcId()
                            + " fails to deliver logs: " + error + ".")
                    .with("deliverLogsErrorMessage", flowLog.deliverLogsErrorMessage());
        }
        String traffic = "ALL".equalsIgnoreCase(flowLog.trafficType()) ? "all" : "rejected";
        return Verdict.pass("VPC " + vpc.vpcId() + " has an active flow log recording " + traffic + " traffic.");
    }

    private static String destination(FlowLog flowLog) {
        return flowLog.logDestination() != null ? flowLog.logDestination() : flowLog.logGroupName();
    }

    static Resource resource(Vpc vpc, String partition, String region, String accountId) {
        String owner = vpc.ownerId() == null ? accountId : vpc.ownerId();
        return new Resource(VPC, "arn:" + partition + ":ec2:" + region + ":" + owner + ":vpc/" + vpc.vpcId());
    }
}
