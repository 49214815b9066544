package org.irauditor.cloudtrail;

import java.util.ArrayList;
import java.util.List;
import org.irauditor.audit.AccountCheck;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.Verdict;

/**
 * An account-level check judged on each logging trail that covers the account, one verdict per trail.
 * Organization trails are judged with their owner's data, and the message names the owner.
 */
abstract class CoveringTrailCheck implements AccountCheck {

    @Override
    public List<Verdict> evaluate(AccountSnapshot account, OrganizationContext organization) {
        AccountTrails trails = AccountTrails.of(account, organization);
        if (trails.logging().isEmpty()) {
            return List.of(trails.noLoggingTrail());
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Trail trail : trails.logging()) {
            verdicts.add(judge(trail, account).about(Trails.resource(trail)).with("trail", trail.trailArn()));
        }
        verdicts.addAll(trails.unknownStatusVerdicts(property()));
        return verdicts;
    }

    /** What is judged, starting a sentence, such as "Log file validation". */
    abstract String property();

    /** The verdict on one logging trail. */
    abstract Verdict judge(Trail trail, AccountSnapshot account);
}
