package org.irauditor.cloudtrail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irauditor.cloudtrail.EventSelectors.AdvancedEventSelector;
import org.irauditor.cloudtrail.EventSelectors.FieldSelector;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/**
 * The CloudTrail state of sandbox accounts, from the account's {@code cloudtrail} trait:
 *
 * <ul>
 *   <li>{@code org-trail-owner}: owns the organization trail {@code org-trail} (multi-region, logging, validated,
 *       KMS-encrypted, delivering to CloudWatch Logs, management plus S3 and Lambda data events, both Insights
 *       types) and an account-level CloudTrail Lake store, both homed in the organization's home region;
 *   <li>{@code ready}: no trail of its own, covered by the organization trail;
 *   <li>{@code stopped}: also has its own regional trail {@code legacy-trail} in the home region, stopped;
 *   <li>{@code partial-data-events}: also has its own multi-region trail {@code team-data-events} recording one
 *       bucket's data events, without validation, KMS or CloudWatch Logs;
 *   <li>{@code none}: no trail of its own.
 * </ul>
 *
 * Every member lists the organization trail (when the management account owns one) but, as in AWS, cannot read
 * its status or selectors: the checks read them from the management account's snapshot.
 */
public final class CloudTrailSandbox {

    public static final String ORG_TRAIL_OWNER = "org-trail-owner";
    public static final String STOPPED = "stopped";
    public static final String PARTIAL_DATA_EVENTS = "partial-data-events";

    static final String ORG_TRAIL = "org-trail";

    /** The trait values this class interprets; the sandbox definition is validated against them. */
    public static final Set<String> TRAITS =
            Set.of(SandboxAccount.READY, ORG_TRAIL_OWNER, STOPPED, PARTIAL_DATA_EVENTS, "none");

    private CloudTrailSandbox() {}

    public static CloudTrailSnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        String trait = account.trait("cloudtrail");
        List<Trail> trails = new ArrayList<>();
        if (ownsOrganizationTrail(organization)) {
            trails.add(organizationTrail(account, organization));
        }
        if (STOPPED.equals(trait) && region.equals(organization.homeRegion())) {
            trails.add(stoppedTrail(account, organization));
        }
        if (PARTIAL_DATA_EVENTS.equals(trait)) {
            trails.add(partialDataEventsTrail(account, organization));
        }
        return new CloudTrailSnapshot(Outcome.ok(trails), Outcome.ok(eventDataStores(account, region, organization)));
    }

    private static boolean ownsOrganizationTrail(SandboxOrganization organization) {
        return organization
                .account(organization.managementAccountId())
                .map(a -> ORG_TRAIL_OWNER.equals(a.trait("cloudtrail")))
                .orElse(false);
    }

    private static Trail organizationTrail(SandboxAccount account, SandboxOrganization organization) {
        String management = organization.managementAccountId();
        String home = organization.homeRegion();
        String arn = arn(organization, home, management, "trail/" + ORG_TRAIL);
        if (!account.id().equals(management)) {
            ErrorReason notFound = new ErrorReason(
                    "GetTrailStatus", "TrailNotFoundException", "Unknown trail: " + arn, ErrorKind.NOT_FOUND);
            return new Trail(
                    ORG_TRAIL,
                    arn,
                    home,
                    true,
                    true,
                    false,
                    null,
                    null,
                    null,
                    Outcome.failed(notFound),
                    Outcome.failed(new ErrorReason("GetEventSelectors", notFound.code(), "", ErrorKind.NOT_FOUND)),
                    Outcome.failed(new ErrorReason("GetInsightSelectors", notFound.code(), "", ErrorKind.NOT_FOUND)));
        }
        Instant recent = recently();
        return new Trail(
                ORG_TRAIL,
                arn,
                home,
                true,
                true,
                true,
                arn(organization, home, management, "key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d")
                        .replace(":cloudtrail:", ":kms:"),
                "arn:" + organization.partition() + ":logs:" + home + ":" + management + ":log-group:org-trail:*",
                "org-cloudtrail-" + management,
                Outcome.ok(new TrailStatus(true, null, recent, null, recent, recent.minus(400, ChronoUnit.DAYS), null)),
                Outcome.ok(new EventSelectors(
                        List.of(),
                        List.of(
                                selector("Management events", category("Management")),
                                selector("S3 data events", category("Data"), type(SelectorAnalysis.S3_OBJECT)),
                                selector(
                                        "Lambda data events",
                                        category("Data"),
                                        type(SelectorAnalysis.LAMBDA_FUNCTION))))),
                Outcome.ok(List.of(
                        new InsightSelector("ApiCallRateInsight"), new InsightSelector("ApiErrorRateInsight"))));
    }

    private static Trail stoppedTrail(SandboxAccount account, SandboxOrganization organization) {
        String home = organization.homeRegion();
        Instant stoppedAt = recently().minus(12, ChronoUnit.DAYS);
        return new Trail(
                "legacy-trail",
                arn(organization, home, account.id(), "trail/legacy-trail"),
                home,
                false,
                false,
                false,
                null,
                null,
                "legacy-cloudtrail-" + account.id(),
                Outcome.ok(new TrailStatus(false, null, stoppedAt, null, null, null, stoppedAt)),
                Outcome.ok(new EventSelectors(
                        List.of(new EventSelectors.EventSelector("All", true, List.of(), List.of())), List.of())),
                Outcome.ok(List.of()));
    }

    private static Trail partialDataEventsTrail(SandboxAccount account, SandboxOrganization organization) {
        String home = organization.homeRegion();
        Instant recent = recently();
        String bucket = account.name() + "-exports";
        return new Trail(
                "team-data-events",
                arn(organization, home, account.id(), "trail/team-data-events"),
                home,
                true,
                false,
                false,
                null,
                null,
                "team-cloudtrail-" + account.id(),
                Outcome.ok(new TrailStatus(true, null, recent, null, null, recent.minus(30, ChronoUnit.DAYS), null)),
                Outcome.ok(new EventSelectors(
                        List.of(),
                        List.of(selector(
                                "One bucket",
                                category("Data"),
                                type(SelectorAnalysis.S3_OBJECT),
                                new FieldSelector(
                                        "resources.ARN",
                                        null,
                                        List.of("arn:" + organization.partition() + ":s3:::" + bucket + "/"),
                                        null,
                                        null,
                                        null,
                                        null))))),
                Outcome.ok(List.of()));
    }

    /**
     * CloudTrail Lake in the sandbox: the management account keeps its own account-level store, so the
     * organization has no organization-wide store; accounts whose CloudTrail is {@code ready} keep one of their own
     * in the home region, the others have none and fail the Lake check.
     */
    private static List<EventDataStore> eventDataStores(
            SandboxAccount account, String region, SandboxOrganization organization) {
        if (!region.equals(organization.homeRegion())) {
            return List.of();
        }
        boolean owner = organization.isManagement(account) && ORG_TRAIL_OWNER.equals(account.trait("cloudtrail"));
        if (!owner && !SandboxAccount.READY.equals(account.trait("cloudtrail"))) {
            return List.of();
        }
        String name = owner ? "management-events" : "account-management-events";
        String arn = arn(organization, region, account.id(), "eventdatastore/" + name);
        return List.of(new EventDataStore(
                arn,
                name,
                Outcome.ok(new EventDataStore.Details(
                        LakeEventDataStoreCheck.ENABLED,
                        true,
                        false,
                        owner ? 2557 : 365,
                        List.of(selector("Management events", category("Management")))))));
    }

    private static String arn(SandboxOrganization organization, String region, String accountId, String resource) {
        return "arn:" + organization.partition() + ":cloudtrail:" + region + ":" + accountId + ":" + resource;
    }

    /** A few minutes before now, so freshness checks see a trail that delivers. */
    private static Instant recently() {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(5, ChronoUnit.MINUTES);
    }

    private static AdvancedEventSelector selector(String name, FieldSelector... fields) {
        return new AdvancedEventSelector(name, List.of(fields));
    }

    private static FieldSelector category(String category) {
        return new FieldSelector("eventCategory", List.of(category), null, null, null, null, null);
    }

    private static FieldSelector type(String resourceType) {
        return new FieldSelector("resources.type", List.of(resourceType), null, null, null, null, null);
    }
}
