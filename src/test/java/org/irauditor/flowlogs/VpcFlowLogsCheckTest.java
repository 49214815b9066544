package org.irauditor.flowlogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.flowlogs.FlowLogsFixtures.account;
import static org.irauditor.flowlogs.FlowLogsFixtures.flowLogs;
import static org.irauditor.flowlogs.FlowLogsFixtures.organization;
import static org.irauditor.flowlogs.FlowLogsFixtures.region;
import static org.irauditor.flowlogs.FlowLogsFixtures.vpcs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.flowlogs.FlowLogsSnapshot.FlowLog;
import org.junit.jupiter.api.Test;

class VpcFlowLogsCheckTest {

    private static final ErrorReason DENIED =
            new ErrorReason("DescribeFlowLogs", "UnauthorizedOperation", "not authorized", ErrorKind.ACCESS_DENIED);

    private final VpcFlowLogsCheck check = new VpcFlowLogsCheck();

    @Test
    void evaluateWhenEveryOwnedVpcLogsRejectedTrafficShouldPassAndLeaveTheSharedVpcToItsOwner() {
        // given
        RegionSnapshot region =
                region(new FlowLogsSnapshot(vpcs("describe-vpcs.json"), flowLogs("describe-flow-logs.json")));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts)
                .extracting(Verdict::status)
                .containsExactly(Status.PASS, Status.PASS, Status.NOT_APPLICABLE);
        assertThat(verdicts)
                .extracting(Verdict::message)
                .containsExactly(
                        "VPC vpc-0a1b2c3d4e5f60718 has an active flow log recording all traffic.",
                        "VPC vpc-0b2c3d4e5f6071829 has an active flow log recording rejected traffic.",
                        "VPC vpc-0c3d4e5f607182930 is owned by account 222233334444 and shared into this account; its"
                                + " flow logs are judged in the owner account.");
        assertThat(verdicts)
                .extracting(Verdict::resource)
                .containsExactly(
                        new Resource("AwsEc2Vpc", "arn:aws:ec2:eu-west-1:444455556666:vpc/vpc-0a1b2c3d4e5f60718"),
                        new Resource("AwsEc2Vpc", "arn:aws:ec2:eu-west-1:444455556666:vpc/vpc-0b2c3d4e5f6071829"),
                        new Resource("AwsEc2Vpc", "arn:aws:ec2:eu-west-1:222233334444:vpc/vpc-0c3d4e5f607182930"));
        assertThat(verdicts.get(0).evidence())
                .containsEntry("flowLogId", "fl-0a1b2c3d4e5f60718")
                .containsEntry("trafficType", "ALL")
                .containsEntry("deliverLogsStatus", "SUCCESS")
                .containsEntry("logDestinationType", "cloud-watch-logs")
                .containsEntry("isDefault", "true");
    }

    @Test
    void evaluateWhenVpcsHaveNoFlowLogShouldFailEachOwnedVpc() {
        // given
        RegionSnapshot region =
                region(new FlowLogsSnapshot(vpcs("describe-vpcs.json"), flowLogs("describe-flow-logs-empty.json")));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts)
                .extracting(Verdict::status)
                .containsExactly(Status.FAIL, Status.FAIL, Status.NOT_APPLICABLE);
        assertThat(verdicts.get(0).message()).isEqualTo("VPC vpc-0a1b2c3d4e5f60718 has no active flow log.");
    }

    @Test
    void evaluateWhenFlowLogRecordsAcceptedTrafficOnlyShouldFail() {
        // given
        RegionSnapshot region = region(
                new FlowLogsSnapshot(vpcs("describe-vpcs.json"), flowLogs("describe-flow-logs-accept-only.json")));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts.get(1)).satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("VPC vpc-0b2c3d4e5f6071829 has flow logs for accepted traffic only, so rejected traffic"
                            + " is not recorded.");
            assertThat(v.evidence()).containsEntry("trafficType", "ACCEPT");
        });
    }

    @Test
    void evaluateWhenFlowLogDeliveryFailsShouldFailNamingTheError() {
        // given
        RegionSnapshot region = region(
                new FlowLogsSnapshot(vpcs("describe-vpcs.json"), flowLogs("describe-flow-logs-delivery-failed.json")));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts.get(1)).satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message())
                    .isEqualTo("The flow log fl-0e5f60718293a4b5c of VPC vpc-0b2c3d4e5f6071829 fails to deliver logs:"
                            + " Access error.");
            assertThat(v.evidence())
                    .containsEntry("deliverLogsStatus", "FAILED")
                    .containsEntry("deliverLogsErrorMessage", "Access error");
        });
    }

    @Test
    void evaluateWhenOneOfTwoFlowLogsDeliversShouldPassWhateverTheListingOrder() {
        // given
        List<FlowLog> logs = new ArrayList<>(
                flowLogs("describe-flow-logs-delivery-failed.json").value());
        logs.addAll(flowLogs("describe-flow-logs.json").value());
        List<FlowLog> reversed = new ArrayList<>(logs);
        Collections.reverse(reversed);

        // when
        List<Verdict> inOrder = evaluate(region(new FlowLogsSnapshot(vpcs("describe-vpcs.json"), Outcome.ok(logs))));
        List<Verdict> inReverse =
                evaluate(region(new FlowLogsSnapshot(vpcs("describe-vpcs.json"), Outcome.ok(reversed))));

        // then
        assertThat(inOrder).isEqualTo(inReverse);
        assertThat(inOrder.get(1).status()).isEqualTo(Status.PASS);
        assertThat(inOrder.get(1).evidence()).containsEntry("flowLogId", "fl-0b2c3d4e5f6071829");
    }

    @Test
    void evaluateWhenRegionHasNoVpcShouldPassOnce() {
        // given
        RegionSnapshot region = region(
                new FlowLogsSnapshot(vpcs("describe-vpcs-empty.json"), flowLogs("describe-flow-logs-empty.json")));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message()).isEqualTo("No VPCs in this region.");
        });
    }

    @Test
    void evaluateWhenVpcsCannotBeListedShouldBeUnknown() {
        // given
        ErrorReason denied = new ErrorReason("DescribeVpcs", "UnauthorizedOperation", "", ErrorKind.ACCESS_DENIED);
        RegionSnapshot region =
                region(new FlowLogsSnapshot(Outcome.failed(denied), flowLogs("describe-flow-logs.json")));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("DescribeVpcs failed: UnauthorizedOperation (access denied)");
        });
    }

    @Test
    void evaluateWhenFlowLogsCannotBeListedShouldBeUnknownPerOwnedVpc() {
        // given
        RegionSnapshot region = region(new FlowLogsSnapshot(vpcs("describe-vpcs.json"), Outcome.failed(DENIED)));

        // when
        List<Verdict> verdicts = evaluate(region);

        // then
        assertThat(verdicts)
                .extracting(Verdict::status)
                .containsExactly(Status.UNKNOWN, Status.UNKNOWN, Status.NOT_APPLICABLE);
        assertThat(verdicts.get(0).message())
                .isEqualTo("DescribeFlowLogs failed: UnauthorizedOperation (access denied)");
        assertThat(verdicts.get(0).resource().id()).endsWith(":vpc/vpc-0a1b2c3d4e5f60718");
    }

    private List<Verdict> evaluate(RegionSnapshot region) {
        return check.evaluate(region, account(region), organization());
    }
}
