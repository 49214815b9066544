package org.irauditor.detective;

import java.util.List;
import org.irauditor.audit.OrganizationCheck;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Verdict;
import org.irauditor.detective.DetectiveSnapshot.Graph;
import org.springframework.stereotype.Component;

/**
 * The Detective delegated administrator owns a behavior graph in every region it was audited in. A behavior graph
 * is an organization-wide resource that only the administrator has, so this is an organization-level check with
 * one verdict per region; member accounts are judged by {@link DetectiveMembershipCheck}.
 */
@Component
public class DetectiveBehaviorGraphCheck implements OrganizationCheck {

    public static final String ID = "detective.behavior-graph";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(OrganizationContext organization) {
        return DetectiveFacts.perAdministratorRegion(organization, DetectiveBehaviorGraphCheck::evaluate);
    }

    private static Verdict evaluate(RegionSnapshot region, String adminId) {
        String name = region.region();
        Verdict verdict = graphVerdict(region, adminId);
        String graphArn = verdict.evidence().get("graph");
        return verdict.about(DetectiveFacts.graphResource(graphArn, adminId, name));
    }

    private static Verdict graphVerdict(RegionSnapshot region, String adminId) {
        String name = region.region();
        if (region.error() != null) {
            return Verdict.unknown(region.error());
        }
        DetectiveSnapshot snapshot = region.detective();
        if (snapshot == null || snapshot.graphs() == null) {
            return Verdict.unknown("Detective was not collected in " + name + ".");
        }
        if (snapshot.graphs().isFailed()) {
            return Verdict.unknown(snapshot.graphs().error());
        }
        List<Graph> graphs = snapshot.graphs().value().graphList();
        if (graphs.isEmpty()) {
            return Verdict.fail(
                    "The Detective administrator account " + adminId + " has no behavior graph in " + name + ".");
        }
        return Verdict.pass("The Detective administrator account " + adminId + " has a behavior graph in " + name + ".")
                .with("graph", graphs.get(0).arn())
                .with("createdTime", graphs.get(0).createdTime());
    }
}
