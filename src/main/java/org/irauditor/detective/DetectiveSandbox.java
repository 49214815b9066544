package org.irauditor.detective;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.irauditor.core.Outcome;
import org.irauditor.detective.DetectiveSnapshot.Administrator;
import org.irauditor.detective.DetectiveSnapshot.Graph;
import org.irauditor.detective.DetectiveSnapshot.Graphs;
import org.irauditor.detective.DetectiveSnapshot.MemberDetail;
import org.irauditor.detective.DetectiveSnapshot.Members;
import org.irauditor.detective.DetectiveSnapshot.OrganizationAdmins;
import org.irauditor.detective.DetectiveSnapshot.OrganizationConfiguration;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/**
 * The Detective state of sandbox accounts, from the account's {@code detective} trait:
 *
 * <ul>
 *   <li>{@code ready}: a member account, listed as ENABLED by the administrator (its own graph list is empty, as
 *       for any member);
 *   <li>{@code administrator}: owns a behavior graph in every region, with organization auto-enable on, and
 *       lists the other accounts as members according to their traits;
 *   <li>{@code accepted-but-disabled}: listed as ACCEPTED_BUT_DISABLED with reason VOLUME_UNKNOWN, the state
 *       Detective shows when GuardDuty is missing;
 *   <li>{@code not-member}: not listed by the administrator at all.
 * </ul>
 *
 * The management account also sees the delegated administrator and its graph in ListOrganizationAdminAccounts.
 */
public final class DetectiveSandbox {

    public static final String ADMINISTRATOR = "administrator";
    public static final String ACCEPTED_BUT_DISABLED = "accepted-but-disabled";
    public static final String NOT_MEMBER = "not-member";

    private static final String TRAIT = "detective";
    private static final Instant SINCE = Instant.parse("2024-01-15T09:00:00Z");

    /** The trait values this class interprets; the sandbox definition is validated against them. */
    public static final Set<String> TRAITS =
            Set.of(SandboxAccount.READY, ADMINISTRATOR, ACCEPTED_BUT_DISABLED, NOT_MEMBER);

    private DetectiveSandbox() {}

    public static DetectiveSnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        if (!ADMINISTRATOR.equals(account.trait(TRAIT))) {
            return new DetectiveSnapshot(
                    Outcome.ok(new Graphs(List.of())), null, null, organizationAdmins(account, region, organization));
        }
        String graphArn = graphArn(account.id(), region, organization);
        return new DetectiveSnapshot(
                Outcome.ok(new Graphs(List.of(new Graph(graphArn, SINCE)))),
                Outcome.ok(members(account, graphArn, region, organization)),
                Outcome.ok(new OrganizationConfiguration(true)),
                null);
    }

    /** The management account sees the organization's Detective administrator and its graph. */
    private static Outcome<OrganizationAdmins> organizationAdmins(
            SandboxAccount account, String region, SandboxOrganization organization) {
        if (!organization.isManagement(account)) {
            return null;
        }
        return Outcome.ok(new OrganizationAdmins(organization
                .delegatedAdmin(DetectiveSnapshot.SERVICE_PRINCIPAL)
                .map(admin -> List.of(new Administrator(admin, graphArn(admin, region, organization), SINCE)))
                .orElse(List.of())));
    }

    private static Members members(
            SandboxAccount admin, String graphArn, String region, SandboxOrganization organization) {
        return new Members(organization.accounts().stream()
                .filter(a -> !a.id().equals(admin.id()))
                .filter(a -> "ACTIVE".equals(a.state()))
                .filter(a -> !NOT_MEMBER.equals(a.trait(TRAIT)))
                .filter(a -> !a.disabledRegions().contains(region))
                .map(a -> member(a, admin, graphArn))
                .toList());
    }

    private static MemberDetail member(SandboxAccount account, SandboxAccount admin, String graphArn) {
        boolean disabled = ACCEPTED_BUT_DISABLED.equals(account.trait(TRAIT));
        return new MemberDetail(
                account.id(),
                admin.id(),
                graphArn,
                disabled ? "ACCEPTED_BUT_DISABLED" : "ENABLED",
                disabled ? "VOLUME_UNKNOWN" : null,
                "ORGANIZATION",
                SINCE);
    }

    /** Graph ARNs end in a 32-character hexadecimal id; a name-based UUID keeps it stable between runs. */
    private static String graphArn(String adminId, String region, SandboxOrganization organization) {
        String id = UUID.nameUUIDFromBytes((adminId + "/" + region).getBytes(StandardCharsets.UTF_8))
                .toString()
                .replace("-", "");
        return "arn:" + organization.partition() + ":detective:" + region + ":" + adminId + ":graph:" + id;
    }
}
