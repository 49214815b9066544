package org.irauditor.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.irauditor.contact.ContactSnapshot;
import org.irauditor.core.ErrorReason;
import org.irauditor.incidentresponse.IncidentResponseSnapshot;
import org.irauditor.organization.OrgAccount;

/**
 * Everything collected in one account: its enabled regions' snapshots, the regions left out and why, and
 * account-level data.
 *
 * @param accessError why the account could not be audited at all (the audit role could not be assumed, its
 *     regions could not be listed), or {@code null}
 */
public record AccountSnapshot(
        OrgAccount account,
        String partition,
        Instant collectedAt,
        ErrorReason accessError,
        List<RegionSnapshot> regions,
        List<SkippedRegion> skippedRegions,
        ContactSnapshot contact,
        IncidentResponseSnapshot incidentResponse) {

    public AccountSnapshot {
        Objects.requireNonNull(account, "account");
        partition = partition == null ? "aws" : partition;
        regions = regions == null ? List.of() : List.copyOf(regions);
        skippedRegions = skippedRegions == null ? List.of() : List.copyOf(skippedRegions);
    }

    /** An account that could not be audited: every check is UNKNOWN with this reason. */
    public static AccountSnapshot inaccessible(
            OrgAccount account, String partition, Instant collectedAt, ErrorReason error) {
        return new AccountSnapshot(account, partition, collectedAt, error, List.of(), List.of(), null, null);
    }

    public String accountId() {
        return account.id();
    }

    public Optional<RegionSnapshot> region(String name) {
        return regions.stream().filter(r -> r.region().equals(name)).findFirst();
    }
}
