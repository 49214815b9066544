package org.irauditor.incidentresponse;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.irauditor.core.Outcome;

/**
 * AWS Security Incident Response memberships as seen from the account that administers the service (its delegated
 * administrator, or the management account), named as in the {@code ListMemberships} and {@code GetMembership}
 * responses.
 *
 * @param memberships the memberships; {@code null} in other accounts, where nothing is read
 */
public record IncidentResponseSnapshot(
        @JsonProperty("items") Outcome<List<Membership>> memberships) {

    /** The snapshot of an account that does not administer Security Incident Response. */
    public static IncidentResponseSnapshot notCollected() {
        return new IncidentResponseSnapshot(null);
    }

    @JsonIgnore
    public boolean isCollected() {
        return memberships != null;
    }

    /**
     * One membership: the {@code ListMemberships} item completed by {@code GetMembership} (whose fields stay
     * {@code null} when that call failed).
     *
     * @param membershipStatus ACTIVE, CANCELLED or TERMINATED
     */
    public record Membership(
            @JsonProperty("membershipId") String membershipId,
            @JsonProperty("accountId") String accountId,
            @JsonProperty("region") String region,
            @JsonProperty("membershipArn") String membershipArn,
            @JsonProperty("membershipStatus") String membershipStatus,
            @JsonProperty("membershipName") String membershipName,
            @JsonProperty("membershipActivationTimestamp") Instant membershipActivationTimestamp,
            @JsonProperty("numberOfAccountsCovered") Long numberOfAccountsCovered,

            @JsonProperty("membershipAccountsConfigurations")
            AccountsConfiguration membershipAccountsConfigurations) {

        @JsonIgnore
        public boolean isActive() {
            return "ACTIVE".equals(membershipStatus);
        }
    }

    /** Which accounts a membership covers: the whole organization or the listed organizational units. */
    public record AccountsConfiguration(
            @JsonProperty("coverEntireOrganization") Boolean coverEntireOrganization,
            @JsonProperty("organizationalUnits") List<String> organizationalUnits) {

        public AccountsConfiguration {
            organizationalUnits = organizationalUnits == null ? List.of() : List.copyOf(organizationalUnits);
        }
    }
}
