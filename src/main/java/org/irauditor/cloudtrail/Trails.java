package org.irauditor.cloudtrail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;

/**
 * How the checks see trails: organization trails are read from their owner's snapshot (a member may not be
 * allowed to read their status), every organization trail of the management account counts for every member,
 * and the same trail seen in several regions is one trail.
 */
final class Trails {

    /** The ASFF resource type of a trail. */
    static final String RESOURCE_TYPE = "AwsCloudTrailTrail";

    /** Service principal of CloudTrail's delegated administrator. */
    static final String SERVICE_PRINCIPAL = "cloudtrail.amazonaws.com";

    /** Own multi-region trails first, then own regional trails, then organization trails; then by ARN. */
    static final Comparator<Trail> PREFERENCE =
            Comparator.comparingInt(Trails::rank).thenComparing(t -> String.valueOf(t.trailArn()));

    private Trails() {}

    /**
     * The trail as the checks should read it: an organization trail of another account from its owner's snapshot,
     * unless only the member could read its status; the member's own answer when the owner was not audited.
     */
    static Trail resolve(Trail listed, String accountId, OrganizationContext organization) {
        if (!listed.organizationTrail() || listed.ownerAccountId().equals(accountId)) {
            return listed;
        }
        Optional<Trail> owners =
                organization.snapshotOf(listed.ownerAccountId()).flatMap(owner -> find(owner, listed.trailArn()));
        if (owners.isEmpty()
                || (owners.get().status().isFailed() && listed.status().isOk())) {
            return listed;
        }
        return owners.get();
    }

    /** The organization trails owned by the management account, read from its snapshot. */
    static List<Trail> organizationTrails(OrganizationContext organization) {
        String management = organization.managementAccountId();
        return organization
                .snapshotOf(management)
                .map(snapshot -> listedAnywhere(snapshot)
                        .filter(t -> t.organizationTrail() && t.ownerAccountId().equals(management))
                        .toList())
                .map(Trails::distinct)
                .orElse(List.of());
    }

    /** The trails listed in one region, resolved, with the management account's organization trails added. */
    static List<Trail> visibleIn(RegionSnapshot region, String accountId, OrganizationContext organization) {
        List<Trail> all = new ArrayList<>(organizationTrails(organization));
        listed(region).asOptional().orElse(List.of()).stream()
                .map(t -> resolve(t, accountId, organization))
                .forEach(all::add);
        return distinct(all);
    }

    /** The trails answer of a region, or a failure when CloudTrail was not collected there. */
    static Outcome<List<Trail>> listed(RegionSnapshot region) {
        CloudTrailSnapshot cloudTrail = region.cloudTrail();
        if (cloudTrail == null || cloudTrail.trails() == null) {
            return Outcome.failed(CloudTrailErrors.notCollected("DescribeTrails"));
        }
        return cloudTrail.trails();
    }

    /** Every trail listed in any region of the snapshot, unresolved and possibly repeated. */
    static Stream<Trail> listedAnywhere(AccountSnapshot snapshot) {
        return snapshot.regions().stream().flatMap(r -> listed(r).asOptional().orElse(List.of()).stream());
    }

    /** One entry per ARN, keeping the copy whose status is known, ordered by {@link #PREFERENCE}. */
    static List<Trail> distinct(List<Trail> trails) {
        Map<String, Trail> byArn = new LinkedHashMap<>();
        for (Trail trail : trails) {
            byArn.merge(trail.trailArn(), trail, (kept, other) -> kept.status().isOk() ? kept : other);
        }
        return byArn.values().stream().sorted(PREFERENCE).toList();
    }

    /** The reasons DescribeTrails failed in some regions of the account. */
    static List<ErrorReason> listingErrors(AccountSnapshot account) {
        return account.regions().stream()
                .map(Trails::listed)
                .filter(Outcome::isFailed)
                .map(Outcome::error)
                .toList();
    }

    static boolean isLogging(Trail trail) {
        return trail.status().isOk() && trail.status().value().logging();
    }

    /** "trail main" or "organization trail org-trail (owner 111122223333)", as written in messages. */
    static String label(Trail trail) {
        return trail.organizationTrail()
                ? "organization trail " + trail.name() + " (owner " + trail.ownerAccountId() + ")"
                : "trail " + trail.name();
    }

    /** {@link #label} starting a sentence. */
    static String subject(Trail trail) {
        String label = label(trail);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** UNKNOWN because the trail's event selectors could not be read. */
    static Verdict selectorsUnreadable(Trail trail) {
        return Verdict.unknown("The event selectors of " + label(trail) + " could not be read ("
                        + trail.selectors().error().describe() + ")")
                .about(resource(trail))
                .with("trail", trail.trailArn())
                .with("errorCode", trail.selectors().error().code());
    }

    static Resource resource(Trail trail) {
        return new Resource(RESOURCE_TYPE, trail.trailArn());
    }

    private static Optional<Trail> find(AccountSnapshot owner, String arn) {
        return distinct(listedAnywhere(owner)
                        .filter(t -> t.trailArn().equals(arn))
                        .toList())
                .stream()
                .findFirst();
    }

    private static int rank(Trail trail) {
        if (trail.organizationTrail()) {
            return 2;
        }
        return trail.multiRegion() ? 0 : 1;
    }
}
