package org.irauditor.cloudtrail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsCalls;
import org.irauditor.aws.RegionScope;
import org.irauditor.cloudtrail.EventSelectors.AdvancedEventSelector;
import org.irauditor.cloudtrail.EventSelectors.DataResource;
import org.irauditor.cloudtrail.EventSelectors.EventSelector;
import org.irauditor.cloudtrail.EventSelectors.FieldSelector;
import org.irauditor.core.Outcome;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventDataStoreResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightNotEnabledException;

/**
 * Collects the CloudTrail state of one region of one account. Per-trail calls use the trail's full ARN and go
 * to the trail's home region, which may be a region that is not audited.
 */
@Component
public class CloudTrailCollector {

    /**
     * The per-trail answers of each open account session: a multi-region trail is listed in every region, and its
     * home region gives the same answer each time, so it is asked once per account. Weak keys let a closed
     * session's answers go.
     */
    private final Map<AccountSession, Map<String, Details>> answers = Collections.synchronizedMap(new WeakHashMap<>());

    /** The answers of the per-trail calls for one trail. */
    private record Details(
            Outcome<TrailStatus> status, Outcome<EventSelectors> selectors, Outcome<List<InsightSelector>> insights) {}

    public CloudTrailSnapshot collect(RegionScope scope) {
        CloudTrailClient client = scope.session().cloudTrail(scope.region());
        return new CloudTrailSnapshot(trails(scope, client), eventDataStores(scope, client));
    }

    private Outcome<List<Trail>> trails(RegionScope scope, CloudTrailClient client) {
        // DescribeTrails is not paginated; shadow trails (multi-region and organization trails homed
        // elsewhere) are what tells a region it is covered, so they are asked for explicitly.
        Outcome<List<software.amazon.awssdk.services.cloudtrail.model.Trail>> listed = scope.call(
                "DescribeTrails",
                () -> client.describeTrails(r -> r.includeShadowTrails(true)).trailList());
        return listed.map(trails ->
                distinct(trails).stream().map(t -> withDetails(scope, t)).toList());
    }

    private static List<software.amazon.awssdk.services.cloudtrail.model.Trail> distinct(
            List<software.amazon.awssdk.services.cloudtrail.model.Trail> trails) {
        Map<String, software.amazon.awssdk.services.cloudtrail.model.Trail> byArn = new LinkedHashMap<>();
        trails.forEach(t -> byArn.putIfAbsent(t.trailARN(), t));
        return List.copyOf(byArn.values());
    }

    private Trail withDetails(RegionScope scope, software.amazon.awssdk.services.cloudtrail.model.Trail trail) {
        String home = trail.homeRegion() == null ? scope.region() : trail.homeRegion();
        Details details = answers.computeIfAbsent(scope.session(), s -> new ConcurrentHashMap<>())
                .computeIfAbsent(trail.trailARN(), arn -> details(scope, home, trail));
        return new Trail(
                trail.name(),
                trail.trailARN(),
                home,
                Boolean.TRUE.equals(trail.isMultiRegionTrail()),
                Boolean.TRUE.equals(trail.isOrganizationTrail()),
                Boolean.TRUE.equals(trail.logFileValidationEnabled()),
                trail.kmsKeyId(),
                trail.cloudWatchLogsLogGroupArn(),
                trail.s3BucketName(),
                details.status(),
                details.selectors(),
                details.insights());
    }

    private Details details(
            RegionScope scope, String home, software.amazon.awssdk.services.cloudtrail.model.Trail trail) {
        CloudTrailClient homeClient = scope.session().cloudTrail(home);
        String arn = trail.trailARN();
        return new Details(
                inHome(scope, home, "GetTrailStatus", () -> status(homeClient.getTrailStatus(r -> r.name(arn)))),
                inHome(
                        scope,
                        home,
                        "GetEventSelectors",
                        () -> selectors(homeClient.getEventSelectors(r -> r.trailName(arn)))),
                insightSelectors(scope, home, homeClient, trail));
    }

    /** A per-trail call, logged with the region it is really sent to. */
    private static <T> Outcome<T> inHome(RegionScope scope, String home, String operation, Supplier<T> call) {
        return AwsCalls.call(operation, scope.accountId(), home, call);
    }

    private Outcome<List<InsightSelector>> insightSelectors(
            RegionScope scope,
            String home,
            CloudTrailClient homeClient,
            software.amazon.awssdk.services.cloudtrail.model.Trail trail) {
        if (Boolean.FALSE.equals(trail.hasInsightSelectors())) {
            return Outcome.ok(List.of());
        }
        return inHome(scope, home, "GetInsightSelectors", () -> {
            try {
                return homeClient.getInsightSelectors(r -> r.trailName(trail.trailARN())).insightSelectors().stream()
                        .map(s -> new InsightSelector(s.insightTypeAsString()))
                        .toList();
            } catch (InsightNotEnabledException notEnabled) {
                // The documented answer for a trail without Insights selectors: none, not a failure.
                return List.<InsightSelector>of();
            }
        });
    }

    private static TrailStatus status(GetTrailStatusResponse status) {
        return new TrailStatus(
                Boolean.TRUE.equals(status.isLogging()),
                status.latestDeliveryError(),
                status.latestDeliveryTime(),
                status.latestCloudWatchLogsDeliveryError(),
                status.latestCloudWatchLogsDeliveryTime(),
                status.startLoggingTime(),
                status.stopLoggingTime());
    }

    private static EventSelectors selectors(GetEventSelectorsResponse response) {
        List<EventSelector> classic = response.eventSelectors().stream()
                .map(s -> new EventSelector(
                        s.readWriteTypeAsString(),
                        s.includeManagementEvents(),
                        s.dataResources().stream()
                                .map(d -> new DataResource(d.type(), d.values()))
                                .toList(),
                        s.excludeManagementEventSources()))
                .toList();
        return new EventSelectors(classic, advanced(response.advancedEventSelectors()));
    }

    private static List<AdvancedEventSelector> advanced(
            List<software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector> selectors) {
        return selectors.stream()
                .map(s -> new AdvancedEventSelector(
                        s.name(),
                        s.fieldSelectors().stream()
                                .map(CloudTrailCollector::field)
                                .toList()))
                .toList();
    }

    private static FieldSelector field(AdvancedFieldSelector f) {
        return new FieldSelector(
                f.field(),
                f.equalsValue(),
                f.startsWith(),
                f.endsWith(),
                f.notEquals(),
                f.notStartsWith(),
                f.notEndsWith());
    }

    private Outcome<List<EventDataStore>> eventDataStores(RegionScope scope, CloudTrailClient client) {
        Outcome<List<software.amazon.awssdk.services.cloudtrail.model.EventDataStore>> listed = scope.call(
                "ListEventDataStores",
                () -> client.listEventDataStoresPaginator(r -> {}).stream()
                        .flatMap(page -> page.eventDataStores().stream())
                        .toList());
        return listed.map(stores -> stores.stream()
                .map(s -> new EventDataStore(
                        s.eventDataStoreArn(),
                        s.name(),
                        scope.call(
                                "GetEventDataStore",
                                () -> details(client.getEventDataStore(r -> r.eventDataStore(s.eventDataStoreArn()))))))
                .toList());
    }

    private static EventDataStore.Details details(GetEventDataStoreResponse store) {
        return new EventDataStore.Details(
                store.statusAsString(),
                Boolean.TRUE.equals(store.multiRegionEnabled()),
                Boolean.TRUE.equals(store.organizationEnabled()),
                store.retentionPeriod(),
                advanced(store.advancedEventSelectors()));
    }
}
