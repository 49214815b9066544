package org.irauditor.cloudtrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Verdict;

/**
 * The trails that give an account its coverage: every trail listed in its audited regions (resolved, once per
 * ARN) and the organization's trails, that records at least one audited region. Account-level checks judge
 * the logging ones.
 *
 * @param logging covering trails that are logging, in {@link Trails#PREFERENCE} order
 * @param statusUnknown covering trails whose status could not be read
 * @param listingErrors regions where the trails could not be listed
 */
record AccountTrails(List<Trail> logging, List<Trail> statusUnknown, List<ErrorReason> listingErrors) {

    static AccountTrails of(AccountSnapshot account, OrganizationContext organization) {
        Set<String> audited =
                account.regions().stream().map(RegionSnapshot::region).collect(Collectors.toSet());
        List<Trail> all = new ArrayList<>(Trails.organizationTrails(organization));
        Trails.listedAnywhere(account)
                .map(t -> Trails.resolve(t, account.accountId(), organization))
                .forEach(all::add);
        List<Trail> covering = Trails.distinct(all).stream()
                .filter(t -> t.multiRegion() || audited.contains(t.homeRegion()))
                .toList();
        return new AccountTrails(
                covering.stream().filter(Trails::isLogging).toList(),
                covering.stream().filter(t -> t.status().isFailed()).toList(),
                Trails.listingErrors(account));
    }

    /** The verdict when no covering trail is known to be logging: UNKNOWN if that may be a gap in the data. */
    Verdict noLoggingTrail() {
        if (!statusUnknown.isEmpty()) {
            Trail trail = statusUnknown.get(0);
            return Verdict.unknown("No trail is known to be logging: the status of " + Trails.label(trail)
                            + " could not be read (" + trail.status().error().describe() + ")")
                    .with("trail", trail.trailArn())
                    .with("errorCode", trail.status().error().code());
        }
        if (!listingErrors.isEmpty()) {
            ErrorReason error = listingErrors.get(0);
            return Verdict.unknown(
                            "No trail is known to be logging: trails could not be listed (" + error.describe() + ")")
                    .with("errorCode", error.code());
        }
        return Verdict.fail("No logging trail covers this account");
    }

    /** UNKNOWN verdicts for the covering trails whose status could not be read. */
    List<Verdict> unknownStatusVerdicts(String what) {
        return statusUnknown.stream()
                .map(t -> Verdict.unknown(
                                what + " of " + Trails.label(t) + " is unknown: its status could not be read ("
                                        + t.status().error().describe() + ")")
                        .about(Trails.resource(t))
                        .with("trail", t.trailArn())
                        .with("errorCode", t.status().error().code()))
                .toList();
    }
}
