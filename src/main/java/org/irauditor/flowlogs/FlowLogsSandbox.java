package org.irauditor.flowlogs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.irauditor.core.Outcome;
import org.irauditor.flowlogs.FlowLogsSnapshot.FlowLog;
import org.irauditor.flowlogs.FlowLogsSnapshot.Vpc;
import org.irauditor.organization.OrgAccount;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/**
 * The VPC Flow Logs state of sandbox accounts, from the account's {@code flowlogs} trait. Every account has a
 * default VPC and a workload VPC in each region:
 *
 * <ul>
 *   <li>{@code ready}: each has an active flow log of all traffic delivered to S3;
 *   <li>{@code accept-only}: each has an active flow log of accepted traffic only;
 *   <li>{@code missing}: no flow log.
 * </ul>
 *
 * In the home region, the first active {@code ready} account of each OU also owns a shared-network VPC that it
 * shares with the other active accounts of that OU, who see it with the owner's id and none of its flow logs.
 */
public final class FlowLogsSandbox {

    public static final String ACCEPT_ONLY = "accept-only";
    public static final String MISSING = "missing";

    /** The trait values this class interprets; the sandbox definition is validated against them. */
    public static final Set<String> TRAITS = Set.of(SandboxAccount.READY, ACCEPT_ONLY, MISSING);

    private FlowLogsSandbox() {}

    public static FlowLogsSnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        String trait = account.trait("flowlogs");
        List<Vpc> vpcs = new ArrayList<>();
        vpcs.add(vpc(account.id(), region, "default", true));
        vpcs.add(vpc(account.id(), region, "workload", false));
        Optional<SandboxAccount> sharer =
                region.equals(organization.homeRegion()) ? networkOwner(account.ou(), organization) : Optional.empty();
        sharer.ifPresent(owner -> vpcs.add(vpc(owner.id(), region, "shared-network", false)));
        List<FlowLog> flowLogs = vpcs.stream()
                .filter(v -> v.ownerId().equals(account.id()))
                .flatMap(v -> flowLog(v, region, trait, organization.partition()).stream())
                .toList();
        return new FlowLogsSnapshot(Outcome.ok(List.copyOf(vpcs)), Outcome.ok(flowLogs));
    }

    /** The account of an OU that shares its network with the OU's other accounts. */
    private static Optional<SandboxAccount> networkOwner(String ou, SandboxOrganization organization) {
        return organization.accounts().stream()
                .filter(a -> a.ou().equals(ou))
                .filter(a -> OrgAccount.ACTIVE.equals(a.state()))
                .filter(a -> SandboxAccount.READY.equals(a.trait("flowlogs")))
                .findFirst()
                .filter(owner -> organization.accounts().stream()
                        .anyMatch(a -> a.ou().equals(ou)
                                && !a.id().equals(owner.id())
                                && OrgAccount.ACTIVE.equals(a.state())));
    }

    private static Vpc vpc(String ownerId, String region, String name, boolean isDefault) {
        return new Vpc("vpc-" + hex(ownerId, region, name), ownerId, isDefault);
    }

    private static Optional<FlowLog> flowLog(Vpc vpc, String region, String trait, String partition) {
        if (MISSING.equals(trait)) {
            return Optional.empty();
        }
        String traffic = ACCEPT_ONLY.equals(trait) ? "ACCEPT" : "ALL";
        String bucket = "arn:" + partition + ":s3:::flow-logs-" + vpc.ownerId() + "-" + region;
        return Optional.of(new FlowLog(
                "fl-" + hex(vpc.vpcId(), region, "flow-log"),
                vpc.vpcId(),
                "ACTIVE",
                traffic,
                "SUCCESS",
                null,
                "s3",
                bucket,
                null));
    }

    /** Seventeen stable hex digits, the length of EC2 resource ids. */
    private static String hex(String... parts) {
        byte[] seed = String.join("/", parts).getBytes(StandardCharsets.UTF_8);
        return UUID.nameUUIDFromBytes(seed).toString().replace("-", "").substring(0, 17);
    }
}
