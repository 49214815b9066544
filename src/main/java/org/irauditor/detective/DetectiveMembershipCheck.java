package org.irauditor.detective;

import java.util.List;
import java.util.Optional;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Outcome;
import org.irauditor.core.Verdict;
import org.irauditor.detective.DetectiveSnapshot.Graph;
import org.irauditor.detective.DetectiveSnapshot.MemberDetail;
import org.springframework.stereotype.Component;

/**
 * Every account is an ENABLED member of the Detective administrator's behavior graph in every region, read from
 * the administrator's member list. A member's own ListGraphs is empty by design (it lists only the graphs the
 * caller administers), so it is never read as a gap.
 */
@Component
public class DetectiveMembershipCheck implements RegionalCheck {

    public static final String ID = "detective.membership";

    private static final String ENABLED = "ENABLED";
    private static final String ACCEPTED_BUT_DISABLED = "ACCEPTED_BUT_DISABLED";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        DetectiveFacts.Administrator admin = DetectiveFacts.administrator(organization);
        if (admin.verdict() != null) {
            return List.of(admin.verdict());
        }
        String adminId = admin.accountId();
        if (adminId.equals(account.accountId())) {
            return List.of(evaluateAdministrator(region.detective()).with("administrator", adminId));
        }
        if (DetectiveFacts.adminSnapshot(organization, adminId).isEmpty()) {
            return List.of(DetectiveFacts.adminNotAudited(organization, adminId));
        }
        Optional<DetectiveSnapshot> adminRegion = DetectiveFacts.adminRegion(organization, adminId, region.region());
        Optional<MemberDetail> listed = organization
                .view(DetectiveMemberIndex.class, DetectiveMemberIndex::of)
                .member(region.region(), account.accountId());
        return List.of(adminRegion
                .map(d -> evaluateMember(d, listed, adminId))
                .orElseGet(() -> Verdict.unknown(
                        "The Detective administrator account " + adminId + " was not audited in this region."))
                .with("administrator", adminId));
    }

    private static Verdict evaluateAdministrator(DetectiveSnapshot own) {
        if (own == null || own.graphs() == null) {
            return Verdict.unknown("Detective was not collected in this region.");
        }
        if (own.graphs().isFailed()) {
            return Verdict.unknown(own.graphs().error());
        }
        if (own.graphs().value().graphList().isEmpty()) {
            return Verdict.fail(
                    "This account is the Detective administrator but has no behavior graph in this region.");
        }
        return Verdict.pass("This account is the Detective administrator and owns the behavior graph in this region.")
                .with("graph", own.graphs().value().graphList().get(0).arn());
    }

    private static Verdict evaluateMember(DetectiveSnapshot admin, Optional<MemberDetail> listed, String adminId) {
        if (admin == null || admin.graphs() == null) {
            return Verdict.unknown("Detective was not collected in the administrator account in this region.");
        }
        if (admin.graphs().isFailed()) {
            return Verdict.unknown(admin.graphs().error());
        }
        List<Graph> graphs = admin.graphs().value().graphList();
        if (graphs.isEmpty()) {
            return Verdict.fail("The Detective administrator account " + adminId
                    + " has no behavior graph in this region, so this account is not a member of one.");
        }
        Outcome<DetectiveSnapshot.Members> members = admin.members();
        if (members == null) {
            return Verdict.unknown(
                    "The Detective member list of the administrator account was not collected in this " + "region.");
        }
        if (members.isFailed()) {
            return Verdict.unknown(members.error());
        }
        return listed.map(m -> byStatus(m, adminId))
                .orElseGet(() -> Verdict.fail("This account is not a member of the Detective behavior graph of the "
                                + "administrator account " + adminId + ".")
                        .with("graph", graphs.get(0).arn()));
    }

    private static Verdict byStatus(MemberDetail member, String adminId) {
        Verdict verdict;
        if (ENABLED.equals(member.status())) {
            verdict = Verdict.pass("This account is an ENABLED member of the Detective behavior graph of the "
                    + "administrator account " + adminId + ".");
        } else if (ACCEPTED_BUT_DISABLED.equals(member.status())) {
            verdict = Verdict.fail(acceptedButDisabled(member.disabledReason()));
        } else {
            verdict = Verdict.fail("This account is listed in the Detective behavior graph of the administrator "
                    + "account " + adminId + " with status " + member.status() + ", not ENABLED.");
        }
        return verdict.with("graph", member.graphArn())
                .with("status", member.status())
                .with("disabledReason", member.disabledReason());
    }

    /** Detective builds its graph from GuardDuty and log data: a disabled member nearly always lacks GuardDuty. */
    private static String acceptedButDisabled(String reason) {
        if ("VOLUME_UNKNOWN".equals(reason)) {
            return "This account accepted the Detective invitation but is ACCEPTED_BUT_DISABLED because its data "
                    + "volume is unknown: Detective depends on GuardDuty, so enable GuardDuty in this account and "
                    + "region.";
        }
        if ("VOLUME_TOO_HIGH".equals(reason)) {
            return "This account accepted the Detective invitation but is ACCEPTED_BUT_DISABLED because its data "
                    + "volume is too high for the behavior graph: check the account's GuardDuty and log volume in "
                    + "this region.";
        }
        return "This account accepted the Detective invitation but is ACCEPTED_BUT_DISABLED: Detective depends on "
                + "GuardDuty, so check that GuardDuty is enabled in this account and region.";
    }
}
