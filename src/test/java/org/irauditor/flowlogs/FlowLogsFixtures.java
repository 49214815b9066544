package org.irauditor.flowlogs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.flowlogs.FlowLogsSnapshot.FlowLog;
import org.irauditor.flowlogs.FlowLogsSnapshot.Vpc;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.testing.Fixtures;

/** Builds flow log snapshots from the EC2-shaped fixtures in fixtures/flowlogs. */
final class FlowLogsFixtures {

    static final String ACCOUNT = "444455556666";
    static final String REGION = "eu-west-1";

    private FlowLogsFixtures() {}

    /** The DescribeVpcs body. */
    record Vpcs(@JsonProperty("Vpcs") List<Vpc> vpcs) {}

    /** The DescribeFlowLogs body. */
    record FlowLogs(@JsonProperty("FlowLogs") List<FlowLog> flowLogs) {}

    static Outcome<List<Vpc>> vpcs(String fixture) {
        return Outcome.ok(Fixtures.read("flowlogs/" + fixture, Vpcs.class).vpcs());
    }

    static Outcome<List<FlowLog>> flowLogs(String fixture) {
        return Outcome.ok(Fixtures.read("flowlogs/" + fixture, FlowLogs.class).flowLogs());
    }

    static RegionSnapshot region(FlowLogsSnapshot flowLogs) {
        return new RegionSnapshot(REGION, null, null, null, null, null, null, flowLogs, null);
    }

    static AccountSnapshot account(RegionSnapshot region) {
        OrgAccount account =
                new OrgAccount(ACCOUNT, "payments-prod", null, OrgAccount.ACTIVE, null, "Root", Map.of(), null);
        return new AccountSnapshot(
                account, "aws", Instant.parse("2026-12-03T06:00:00Z"), null, List.of(region), List.of(), null, null);
    }

    static OrganizationContext organization() {
        OrganizationSnapshot organization = new OrganizationSnapshot(
                "o-exampleorgid", "111122223333", "aws", "us-east-1", null, List.of(), null, null, "r-ab12");
        return new OrganizationContext(organization, List.of());
    }
}
