package org.irauditor.organization;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An account of the organization as listed by Organizations.
 *
 * @param state the account's {@code State} (ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED); read from the older
 *     {@code Status} field where a response carries only that
 * @param ouPath the path of organizational units from the root, such as {@code Root/Workloads/Prod}
 */
public record OrgAccount(
        String id,
        String name,
        String email,
        String state,
        String ouId,
        String ouPath,
        Map<String, String> tags,
        Instant joinedAt) {

    public static final String ACTIVE = "ACTIVE";

    public OrgAccount {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        state = state == null ? "UNKNOWN" : state;
        ouPath = ouPath == null ? "Root" : ouPath;
        tags = tags == null ? Map.of() : Map.copyOf(new TreeMap<>(tags));
    }

    /** Only ACTIVE accounts are audited; the others are reported as not assessed with their state. */
    public boolean isActive() {
        return ACTIVE.equals(state);
    }
}
