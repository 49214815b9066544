package org.irauditor.cloudtrail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.irauditor.audit.AccountCheck;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.cloudtrail.EventSelectors.AdvancedEventSelector;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/**
 * Is there a CloudTrail Lake event data store, of the account or of the organization, that ingests the account's
 * management events, so investigators can query them with SQL; its retention is reported. Organization stores are
 * read in the management account and in CloudTrail's delegated administrator, where they live.
 */
@Component
public class LakeEventDataStoreCheck implements AccountCheck {

    public static final String ID = "cloudtrail.lake-event-data-store";

    /** The status of an event data store that ingests events. */
    static final String ENABLED = "ENABLED";

    private static final String RESOURCE_TYPE = "Other";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(AccountSnapshot account, OrganizationContext organization) {
        List<ErrorReason> errors = new ArrayList<>();
        List<EventDataStore> stores = stores(account, organization, errors);
        Optional<EventDataStore> best = stores.stream()
                .filter(LakeEventDataStoreCheck::recordsManagementEvents)
                .min(Comparator.comparing((EventDataStore s) -> -retention(s)).thenComparing(EventDataStore::arn));
        if (best.isPresent()) {
            return List.of(pass(best.get(), account));
        }
        stores.stream()
                .filter(s -> s.details().isFailed())
                .forEach(s -> errors.add(s.details().error()));
        if (!errors.isEmpty()) {
            return List.of(Verdict.unknown("No event data store is known to record management events: "
                            + errors.get(0).describe())
                    .with("errorCode", errors.get(0).code()));
        }
        String management = organization.managementAccountId();
        if (!management.equals(account.accountId())
                && organization.snapshotOf(management).isEmpty()) {
            // Members cannot list organization event data stores; only the management account's snapshot tells.
            return List.of(Verdict.unknown("No event data store of this account records management events, and the"
                    + " organization's stores are unknown: the management account " + management + " was not audited"));
        }
        if (stores.isEmpty()) {
            return List.of(
                    Verdict.fail("No CloudTrail Lake event data store records this account's management events"));
        }
        List<String> reasons = stores.stream().map(s -> why(s, account)).toList();
        return List.of(Verdict.fail("No CloudTrail Lake event data store records this account's management events: "
                + String.join("; ", reasons)));
    }

    private static List<EventDataStore> stores(
            AccountSnapshot account, OrganizationContext organization, List<ErrorReason> errors) {
        Map<String, EventDataStore> byArn = new LinkedHashMap<>();
        collect(account, errors).forEach(s -> byArn.putIfAbsent(s.arn(), s));
        Stream.of(
                        Optional.of(organization.managementAccountId()),
                        organization.delegatedAdmin(Trails.SERVICE_PRINCIPAL))
                .flatMap(Optional::stream)
                .distinct()
                .filter(owner -> !owner.equals(account.accountId()))
                .flatMap(owner -> organization.snapshotOf(owner).stream())
                .flatMap(owner -> collect(owner, errors))
                .filter(s -> s.details().isOk() && s.details().value().organizationEnabled())
                .forEach(s -> byArn.putIfAbsent(s.arn(), s));
        return List.copyOf(byArn.values());
    }

    private static Stream<EventDataStore> collect(AccountSnapshot snapshot, List<ErrorReason> errors) {
        return snapshot.regions().stream().flatMap(region -> {
            CloudTrailSnapshot cloudTrail = region.cloudTrail();
            Outcome<List<EventDataStore>> listed = cloudTrail == null || cloudTrail.eventDataStores() == null
                    ? Outcome.failed(CloudTrailErrors.notCollected("ListEventDataStores"))
                    : cloudTrail.eventDataStores();
            if (listed.isFailed()) {
                errors.add(listed.error());
                return Stream.empty();
            }
            return listed.value().stream();
        });
    }

    private static boolean recordsManagementEvents(EventDataStore store) {
        if (store.details().isFailed()
                || !ENABLED.equals(store.details().value().status())) {
            return false;
        }
        List<AdvancedEventSelector> selectors = store.details().value().advancedEventSelectors();
        // A store created without selectors ingests every management event.
        return selectors.isEmpty()
                || !SelectorAnalysis.management(new EventSelectors(List.of(), selectors))
                        .isEmpty();
    }

    private static int retention(EventDataStore store) {
        Integer days = store.details().value().retentionPeriod();
        return days == null ? 0 : days;
    }

    private static Verdict pass(EventDataStore store, AccountSnapshot account) {
        return Verdict.pass("Event data store " + describe(store, account) + " records management events with "
                        + retention(store) + " days retention")
                .about(new Resource(RESOURCE_TYPE, store.arn()))
                .with("eventDataStore", store.arn())
                .with("retentionDays", retention(store))
                .with("multiRegion", store.details().value().multiRegionEnabled());
    }

    private static String why(EventDataStore store, AccountSnapshot account) {
        String status = store.details().value().status();
        if (!ENABLED.equals(status)) {
            return describe(store, account) + " is " + status;
        }
        return describe(store, account) + " records no management events";
    }

    private static String describe(EventDataStore store, AccountSnapshot account) {
        String owner = ownerOf(store.arn());
        boolean organizationStore =
                store.details().isOk() && store.details().value().organizationEnabled();
        if (organizationStore) {
            return store.name() + " (organization, owner " + owner + ")";
        }
        return owner.equals(account.accountId()) ? store.name() : store.name() + " (owner " + owner + ")";
    }

    private static String ownerOf(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length > 4 ? parts[4] : "";
    }
}
