package org.irauditor.securityhub;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.irauditor.securityhub.SecurityHubSnapshot.Hub;
import org.springframework.stereotype.Component;

/** Security Hub is enabled in every enabled region of every account. */
@Component
public class SecurityHubEnabledCheck implements RegionalCheck {

    public static final String ID = "securityhub.enabled";

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
        return List.of(evaluate(snapshot.hub(), account.partition(), region.region(), account.accountId()));
    }

    private static Verdict evaluate(Outcome<Hub> hub, String partition, String region, String accountId) {
        if (SecurityHubFacts.isNotEnabled(hub)) {
            return Verdict.fail("Security Hub is not enabled in this region.")
                    .with("errorCode", hub.error().code())
                    .about(SecurityHubFacts.hubResource(partition, region, accountId));
        }
        if (hub.isFailed()) {
            return Verdict.unknown(hub.error());
        }
        String arn = hub.value().hubArn() == null
                ? SecurityHubFacts.hubArn(partition, region, accountId)
                : hub.value().hubArn();
        return Verdict.pass("Security Hub is enabled in this region.")
                .with("hub", arn)
                .with("subscribedAt", hub.value().subscribedAt())
                .with("controlFindingGenerator", hub.value().controlFindingGenerator())
                .about(new Resource(SecurityHubFacts.HUB_TYPE, arn));
    }
}
