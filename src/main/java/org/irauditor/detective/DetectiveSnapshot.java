package org.irauditor.detective;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.irauditor.core.Outcome;

/**
 * Amazon Detective as collected in one region of one account: the behavior graphs it administers and, in the
 * Detective administrator (and the management account), the members of those graphs, the organization
 * configuration and the organization's Detective administrators. Each nested record is shaped like the API
 * response it comes from.
 *
 * @param graphs {@code ListGraphs}: only the graphs this account administers, so a member's list is empty
 * @param members {@code ListMembers} of every graph, or {@code null} outside the administrator
 * @param organizationConfiguration {@code DescribeOrganizationConfiguration} of the account's graph (one per
 *     region at most), or {@code null} outside the administrator or without a graph
 * @param organizationAdmins {@code ListOrganizationAdminAccounts}, or {@code null} outside the management and
 *     delegated administrator accounts
 */
public record DetectiveSnapshot(
        @JsonProperty("ListGraphs") Outcome<Graphs> graphs,
        @JsonProperty("ListMembers") Outcome<Members> members,
        @JsonProperty("DescribeOrganizationConfiguration") Outcome<OrganizationConfiguration> organizationConfiguration,
        @JsonProperty("ListOrganizationAdminAccounts") Outcome<OrganizationAdmins> organizationAdmins) {

    /** The service principal Detective is delegated to in AWS Organizations. */
    public static final String SERVICE_PRINCIPAL = "detective.amazonaws.com";

    /** The {@code ListGraphs} response, every page joined. */
    public record Graphs(@JsonProperty("GraphList") List<Graph> graphList) {

        public Graphs {
            graphList = graphList == null ? List.of() : List.copyOf(graphList);
        }
    }

    /** A behavior graph. */
    public record Graph(
            @JsonProperty("Arn") String arn,
            @JsonProperty("CreatedTime") Instant createdTime) {}

    /** The {@code ListMembers} response, every page of every graph joined. */
    public record Members(@JsonProperty("MemberDetails") List<MemberDetail> memberDetails) {

        public Members {
            memberDetails = memberDetails == null ? List.of() : List.copyOf(memberDetails);
        }
    }

    /**
     * A member of a behavior graph; {@code Status} is INVITED, VERIFICATION_IN_PROGRESS, VERIFICATION_FAILED,
     * ENABLED or ACCEPTED_BUT_DISABLED, the last with a {@code DisabledReason} (VOLUME_TOO_HIGH, VOLUME_UNKNOWN).
     */
    public record MemberDetail(
            @JsonProperty("AccountId") String accountId,
            @JsonProperty("AdministratorId") String administratorId,
            @JsonProperty("GraphArn") String graphArn,
            @JsonProperty("Status") String status,
            @JsonProperty("DisabledReason") String disabledReason,
            @JsonProperty("InvitationType") String invitationType,
            @JsonProperty("UpdatedTime") Instant updatedTime) {}

    /** The {@code DescribeOrganizationConfiguration} response. */
    public record OrganizationConfiguration(
            @JsonProperty("AutoEnable") Boolean autoEnable) {}

    /** The {@code ListOrganizationAdminAccounts} response, every page joined. */
    public record OrganizationAdmins(
            @JsonProperty("Administrators") List<Administrator> administrators) {

        public OrganizationAdmins {
            administrators = administrators == null ? List.of() : List.copyOf(administrators);
        }
    }

    /** A Detective administrator of the organization and its graph in this region. */
    public record Administrator(
            @JsonProperty("AccountId") String accountId,
            @JsonProperty("GraphArn") String graphArn,
            @JsonProperty("DelegationTime") Instant delegationTime) {}
}
