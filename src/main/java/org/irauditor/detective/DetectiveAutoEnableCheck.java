package org.irauditor.detective;

import java.util.List;
import org.irauditor.audit.OrganizationCheck;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * The Detective administrator adds new organization accounts to its behavior graph automatically, in every region
 * it was audited in. The setting belongs to the administrator's graph of each region.
 */
@Component
public class DetectiveAutoEnableCheck implements OrganizationCheck {

    public static final String ID = "detective.organization-auto-enable";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(OrganizationContext organization) {
        return DetectiveFacts.perAdministratorRegion(organization, (region, adminId) -> {
            Verdict verdict = evaluate(region);
            return verdict.about(
                    DetectiveFacts.graphResource(verdict.evidence().get("graph"), adminId, region.region()));
        });
    }

    private static Verdict evaluate(RegionSnapshot region) {
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
        if (snapshot.graphs().value().graphList().isEmpty()) {
            return Verdict.fail("The Detective administrator account has no behavior graph in " + name
                    + ", so new accounts are not enabled automatically.");
        }
        String graph = snapshot.graphs().value().graphList().get(0).arn();
        if (snapshot.organizationConfiguration() == null) {
            return Verdict.unknown("The Detective organization configuration was not collected in " + name + ".")
                    .with("graph", graph);
        }
        if (snapshot.organizationConfiguration().isFailed()) {
            return Verdict.unknown(snapshot.organizationConfiguration().error()).with("graph", graph);
        }
        Boolean autoEnable = snapshot.organizationConfiguration().value().autoEnable();
        Verdict verdict = Boolean.TRUE.equals(autoEnable)
                ? Verdict.pass("Detective enables new organization accounts automatically in " + name + ".")
                : Verdict.fail("Detective does not enable new organization accounts automatically in " + name + ".");
        return verdict.with("graph", graph).with("autoEnable", autoEnable);
    }
}
