package org.irauditor.securityhub;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.irauditor.core.Outcome;

/**
 * Security Hub as collected in one region of one account: the hub, its enabled standards and its administrator
 * and, in the Security Hub administrator, the organization configuration, the configuration policy associations,
 * the finding aggregators and the member list. Each nested record is shaped like the API response it comes from.
 *
 * @param hub {@code DescribeHub}; an account that has not enabled Security Hub answers with an access error
 * @param enabledStandards {@code GetEnabledStandards}, or {@code null} when the hub is not enabled
 * @param administrator {@code GetAdministratorAccount}, or {@code null} when the hub is not enabled
 * @param organizationConfiguration {@code DescribeOrganizationConfiguration}, or {@code null} outside the
 *     management and delegated administrator accounts
 * @param policyAssociations {@code ListConfigurationPolicyAssociations} of directly applied associations, or
 *     {@code null} where the organization is not centrally configured or the account does not administer it
 * @param findingAggregators {@code ListFindingAggregators} followed by {@code GetFindingAggregator} for the
 *     aggregators of this region, or {@code null} outside the administrator
 * @param members {@code ListMembers} of every member whatever its status, or {@code null} outside the
 *     administrator
 */
public record SecurityHubSnapshot(
        @JsonProperty("DescribeHub") Outcome<Hub> hub,
        @JsonProperty("GetEnabledStandards") Outcome<EnabledStandards> enabledStandards,
        @JsonProperty("GetAdministratorAccount") Outcome<AdministratorAccount> administrator,
        @JsonProperty("DescribeOrganizationConfiguration") Outcome<OrganizationConfiguration> organizationConfiguration,
        @JsonProperty("ListConfigurationPolicyAssociations") Outcome<PolicyAssociations> policyAssociations,
        @JsonProperty("ListFindingAggregators") Outcome<List<FindingAggregator>> findingAggregators,
        @JsonProperty("ListMembers") Outcome<Members> members) {

    /** The service principal Security Hub is delegated to in AWS Organizations. */
    public static final String SERVICE_PRINCIPAL = "securityhub.amazonaws.com";

    /** A snapshot of an account or region where only the hub itself was read. */
    public static SecurityHubSnapshot of(Outcome<Hub> hub) {
        return new SecurityHubSnapshot(hub, null, null, null, null, null, null);
    }

    /** The {@code DescribeHub} response. */
    public record Hub(
            @JsonProperty("HubArn") String hubArn,
            @JsonProperty("SubscribedAt") String subscribedAt,
            @JsonProperty("AutoEnableControls") Boolean autoEnableControls,
            @JsonProperty("ControlFindingGenerator") String controlFindingGenerator) {}

    /** The {@code GetEnabledStandards} response, every page joined. */
    public record EnabledStandards(
            @JsonProperty("StandardsSubscriptions") List<StandardsSubscription> standardsSubscriptions) {

        public EnabledStandards {
            standardsSubscriptions = standardsSubscriptions == null ? List.of() : List.copyOf(standardsSubscriptions);
        }
    }

    /** One enabled standard; {@code StandardsStatus} is PENDING, READY, FAILED, DELETING or INCOMPLETE. */
    public record StandardsSubscription(
            @JsonProperty("StandardsArn") String standardsArn,
            @JsonProperty("StandardsSubscriptionArn") String standardsSubscriptionArn,
            @JsonProperty("StandardsStatus") String standardsStatus,
            @JsonProperty("StandardsStatusReason") StatusReason standardsStatusReason) {}

    /** Why a standard is not READY. */
    public record StatusReason(
            @JsonProperty("StatusReasonCode") String statusReasonCode) {}

    /** The {@code GetAdministratorAccount} response: no administrator when {@code Administrator} is absent. */
    public record AdministratorAccount(
            @JsonProperty("Administrator") Invitation administrator) {}

    /** The administrator relationship as the member account sees it. */
    public record Invitation(
            @JsonProperty("AccountId") String accountId,
            @JsonProperty("InvitationId") String invitationId,
            @JsonProperty("InvitedAt") Instant invitedAt,
            @JsonProperty("MemberStatus") String memberStatus) {}

    /** The {@code DescribeOrganizationConfiguration} response. */
    public record OrganizationConfiguration(
            @JsonProperty("AutoEnable") Boolean autoEnable,
            @JsonProperty("MemberAccountLimitReached") Boolean memberAccountLimitReached,
            @JsonProperty("AutoEnableStandards") String autoEnableStandards,
            @JsonProperty("OrganizationConfiguration") ConfigurationType organizationConfiguration) {}

    /** How the organization is configured: {@code ConfigurationType} CENTRAL or LOCAL. */
    public record ConfigurationType(
            @JsonProperty("ConfigurationType") String configurationType,
            @JsonProperty("Status") String status,
            @JsonProperty("StatusMessage") String statusMessage) {}

    /** The {@code ListConfigurationPolicyAssociations} response, every page joined. */
    public record PolicyAssociations(
            @JsonProperty("ConfigurationPolicyAssociationSummaries")
            List<PolicyAssociation> summaries) {

        public PolicyAssociations {
            summaries = summaries == null ? List.of() : List.copyOf(summaries);
        }
    }

    /** One association of a configuration policy (or of self-managed behaviour) with an account, OU or root. */
    public record PolicyAssociation(
            @JsonProperty("ConfigurationPolicyId") String configurationPolicyId,
            @JsonProperty("TargetId") String targetId,
            @JsonProperty("TargetType") String targetType,
            @JsonProperty("AssociationType") String associationType,
            @JsonProperty("AssociationStatus") String associationStatus,
            @JsonProperty("AssociationStatusMessage") String associationStatusMessage) {}

    /**
     * A finding aggregator: its ARN from {@code ListFindingAggregators} and, when read in its home region, the
     * {@code GetFindingAggregator} details (otherwise {@code null}).
     */
    public record FindingAggregator(
            @JsonProperty("FindingAggregatorArn") String findingAggregatorArn,
            @JsonProperty("FindingAggregationRegion") String findingAggregationRegion,
            @JsonProperty("RegionLinkingMode") String regionLinkingMode,
            @JsonProperty("Regions") List<String> regions) {

        public FindingAggregator {
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }

    /** The {@code ListMembers} response, every page joined. */
    public record Members(@JsonProperty("Members") List<Member> members) {

        public Members {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /** A member account as its administrator lists it; {@code MemberStatus} such as Enabled or Invited. */
    public record Member(
            @JsonProperty("AccountId") String accountId,
            @JsonProperty("AdministratorId") String administratorId,
            @JsonProperty("MemberStatus") String memberStatus,
            @JsonProperty("UpdatedAt") Instant updatedAt) {}
}
