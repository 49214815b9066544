package org.irauditor.securityhub;

import java.util.List;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.irauditor.securityhub.SecurityHubSnapshot.StandardsSubscription;
import org.springframework.stereotype.Component;

/**
 * At least one security standard is enabled in every region and every enabled standard is READY. A region
 * without Security Hub fails here too: its standards are verifiably missing, and calling it not applicable would
 * score an account without Security Hub better than one with the hub but no standard.
 */
@Component
public class SecurityHubStandardsCheck implements RegionalCheck {

    public static final String ID = "securityhub.standards";

    private static final String READY = "READY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(RegionSnapshot region, AccountSnapshot account, OrganizationContext organization) {
        SecurityHubSnapshot snapshot = region.securityHub();
        if (snapshot == null || snapshot.hub() == null) {
            return List.of(Verdict.unknown("Security Hub was not collected in this region."));
        }
        if (SecurityHubFacts.isNotEnabled(snapshot.hub())) {
            return List.of(Verdict.fail("Security Hub is not enabled in this region, so no standard is enabled.")
                    .about(SecurityHubFacts.hubResource(account.partition(), region.region(), account.accountId())));
        }
        if (snapshot.hub().isFailed()) {
            return List.of(Verdict.unknown(snapshot.hub().error()));
        }
        if (snapshot.enabledStandards() == null) {
            return List.of(Verdict.unknown("The enabled Security Hub standards were not collected in this region."));
        }
        if (snapshot.enabledStandards().isFailed()) {
            return List.of(Verdict.unknown(snapshot.enabledStandards().error()));
        }
        Resource hub = SecurityHubFacts.hubResource(account.partition(), region.region(), account.accountId());
        return List.of(evaluate(snapshot.enabledStandards().value().standardsSubscriptions())
                .about(hub));
    }

    private static Verdict evaluate(List<StandardsSubscription> standards) {
        if (standards.isEmpty()) {
            return Verdict.fail("No Security Hub standard is enabled in this region.");
        }
        String all = describe(standards);
        List<StandardsSubscription> notReady = standards.stream()
                .filter(s -> !READY.equals(s.standardsStatus()))
                .toList();
        if (!notReady.isEmpty()) {
            return Verdict.fail("Some enabled Security Hub standards are not READY in this region.")
                    .with("notReady", describe(notReady))
                    .with("standards", all);
        }
        return Verdict.pass("Security Hub standards are enabled and READY in this region.")
                .with("standards", all);
    }

    /** Standards as "name (STATUS)", the name being the ARN's resource part such as cis-aws-foundations-benchmark/v/1.4.0. */
    private static String describe(List<StandardsSubscription> standards) {
        return standards.stream()
                .map(s -> name(s.standardsArn()) + " (" + s.standardsStatus() + reason(s) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String reason(StandardsSubscription standard) {
        return standard.standardsStatusReason() == null
                        || standard.standardsStatusReason().statusReasonCode() == null
                ? ""
                : ": " + standard.standardsStatusReason().statusReasonCode();
    }

    private static String name(String arn) {
        if (arn == null) {
            return "unknown standard";
        }
        int resource = arn.indexOf('/');
        return resource < 0 ? arn : arn.substring(resource + 1);
    }
}
