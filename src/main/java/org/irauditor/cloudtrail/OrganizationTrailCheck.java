package org.irauditor.cloudtrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationCheck;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * Does the organization have an organization trail that is logging, so every member account is recorded. The trail
 * is read in the management account (which owns organization trails) or in CloudTrail's delegated administrator.
 */
@Component
public class OrganizationTrailCheck implements OrganizationCheck {

    public static final String ID = "cloudtrail.organization-trail";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(OrganizationContext organization) {
        String management = organization.managementAccountId();
        List<AccountSnapshot> sources = Stream.of(
                        Optional.of(management), organization.delegatedAdmin(Trails.SERVICE_PRINCIPAL))
                .flatMap(Optional::stream)
                .distinct()
                .flatMap(id -> organization.snapshotOf(id).stream())
                .toList();
        if (sources.isEmpty()) {
            return List.of(Verdict.unknown(
                    "Organization trails are unknown: the management account " + management + " was not audited"));
        }
        List<Trail> trails = Trails.distinct(sources.stream()
                .flatMap(Trails::listedAnywhere)
                .filter(t -> t.organizationTrail() && t.ownerAccountId().equals(management))
                .toList());
        if (trails.isEmpty()) {
            List<ErrorReason> errors = new ArrayList<>();
            sources.forEach(s -> errors.addAll(Trails.listingErrors(s)));
            if (!errors.isEmpty()) {
                return List.of(Verdict.unknown("Organization trails are unknown: "
                                + errors.get(0).describe())
                        .with("errorCode", errors.get(0).code()));
            }
            return List.of(Verdict.fail("No organization trail exists in the management account " + management));
        }
        return trails.stream().map(OrganizationTrailCheck::judge).toList();
    }

    private static Verdict judge(Trail trail) {
        Verdict verdict;
        if (trail.status().isFailed()) {
            verdict = Verdict.unknown("The status of " + Trails.label(trail) + " could not be read ("
                            + trail.status().error().describe() + ")")
                    .with("errorCode", trail.status().error().code());
        } else if (trail.status().value().logging()) {
            verdict = Verdict.pass(Trails.subject(trail) + " is logging");
        } else {
            verdict = Verdict.fail(Trails.subject(trail) + " is not logging");
        }
        return verdict.about(Trails.resource(trail))
                .with("trail", trail.trailArn())
                .with("homeRegion", trail.homeRegion())
                .with("multiRegion", trail.multiRegion());
    }
}
