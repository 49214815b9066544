package org.irauditor.securityhub;

import java.util.ArrayList;
import java.util.List;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Outcome;
import org.irauditor.securityhub.SecurityHubSnapshot.AdministratorAccount;
import org.irauditor.securityhub.SecurityHubSnapshot.ConfigurationType;
import org.irauditor.securityhub.SecurityHubSnapshot.EnabledStandards;
import org.irauditor.securityhub.SecurityHubSnapshot.FindingAggregator;
import org.irauditor.securityhub.SecurityHubSnapshot.Hub;
import org.irauditor.securityhub.SecurityHubSnapshot.Invitation;
import org.irauditor.securityhub.SecurityHubSnapshot.Member;
import org.irauditor.securityhub.SecurityHubSnapshot.Members;
import org.irauditor.securityhub.SecurityHubSnapshot.OrganizationConfiguration;
import org.irauditor.securityhub.SecurityHubSnapshot.PolicyAssociation;
import org.irauditor.securityhub.SecurityHubSnapshot.PolicyAssociations;
import org.irauditor.securityhub.SecurityHubSnapshot.StandardsSubscription;
import org.irauditor.securityhub.SecurityHubSnapshot.StatusReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AssociationType;
import software.amazon.awssdk.services.securityhub.model.DescribeHubResponse;
import software.amazon.awssdk.services.securityhub.model.DescribeOrganizationConfigurationResponse;
import software.amazon.awssdk.services.securityhub.model.GetFindingAggregatorResponse;

/**
 * Collects Security Hub in one region of one account. The organization-wide answers (organization configuration,
 * policy associations, finding aggregators, members) are read only where the account administers Security Hub.
 */
@Component
public class SecurityHubCollector {

    private static final Logger log = LoggerFactory.getLogger(SecurityHubCollector.class);

    private static final String CENTRAL = "CENTRAL";

    public SecurityHubSnapshot collect(RegionScope scope) {
        SecurityHubClient client = scope.session().securityHub(scope.region());
        Outcome<Hub> hub = scope.call("DescribeHub", () -> hub(client.describeHub(r -> {})));
        log.debug(
                "Security Hub read account={} region={} hubEnabled={}", scope.accountId(), scope.region(), hub.isOk());
        if (hub.isFailed()) {
            // Without a hub every other call fails the same way (InvalidAccessException when not subscribed).
            return SecurityHubSnapshot.of(hub);
        }
        SecurityHubSnapshot account = new SecurityHubSnapshot(
                hub,
                scope.call("GetEnabledStandards", () -> enabledStandards(client)),
                scope.call("GetAdministratorAccount", () -> administrator(client)),
                null,
                null,
                null,
                null);
        return scope.administers(SecurityHubSnapshot.SERVICE_PRINCIPAL)
                ? withOrganization(scope, client, account)
                : account;
    }

    private static SecurityHubSnapshot withOrganization(
            RegionScope scope, SecurityHubClient client, SecurityHubSnapshot account) {
        Outcome<OrganizationConfiguration> configuration = scope.call(
                "DescribeOrganizationConfiguration",
                () -> organizationConfiguration(client.describeOrganizationConfiguration(r -> {})));
        Outcome<PolicyAssociations> associations = isCentral(configuration)
                ? scope.call("ListConfigurationPolicyAssociations", () -> policyAssociations(client))
                : null;
        return new SecurityHubSnapshot(
                account.hub(),
                account.enabledStandards(),
                account.administrator(),
                configuration,
                associations,
                scope.call("ListFindingAggregators", () -> findingAggregators(client, scope.region())),
                scope.call("ListMembers", () -> members(client)));
    }

    private static Hub hub(DescribeHubResponse response) {
        return new Hub(
                response.hubArn(),
                response.subscribedAt(),
                response.autoEnableControls(),
                response.controlFindingGeneratorAsString());
    }

    private static EnabledStandards enabledStandards(SecurityHubClient client) {
        List<StandardsSubscription> subscriptions = new ArrayList<>();
        client.getEnabledStandardsPaginator(r -> {})
                .standardsSubscriptions()
                .forEach(s -> subscriptions.add(new StandardsSubscription(
                        s.standardsArn(),
                        s.standardsSubscriptionArn(),
                        s.standardsStatusAsString(),
                        s.standardsStatusReason() == null
                                ? null
                                : new StatusReason(s.standardsStatusReason().statusReasonCodeAsString()))));
        return new EnabledStandards(subscriptions);
    }

    private static AdministratorAccount administrator(SecurityHubClient client) {
        var invitation = client.getAdministratorAccount(r -> {}).administrator();
        if (invitation == null) {
            return new AdministratorAccount(null);
        }
        return new AdministratorAccount(new Invitation(
                invitation.accountId(), invitation.invitationId(), invitation.invitedAt(), invitation.memberStatus()));
    }

    private static OrganizationConfiguration organizationConfiguration(
            DescribeOrganizationConfigurationResponse response) {
        var type = response.organizationConfiguration();
        return new OrganizationConfiguration(
                response.autoEnable(),
                response.memberAccountLimitReached(),
                response.autoEnableStandardsAsString(),
                type == null
                        ? null
                        : new ConfigurationType(
                                type.configurationTypeAsString(), type.statusAsString(), type.statusMessage()));
    }

    private static boolean isCentral(Outcome<OrganizationConfiguration> configuration) {
        return configuration.isOk()
                && configuration.value().organizationConfiguration() != null
                && CENTRAL.equals(
                        configuration.value().organizationConfiguration().configurationType());
    }

    /** Only directly applied associations: inherited ones repeat the root's or an OU's for every account. */
    private static PolicyAssociations policyAssociations(SecurityHubClient client) {
        List<PolicyAssociation> associations = new ArrayList<>();
        client.listConfigurationPolicyAssociationsPaginator(
                        r -> r.filters(f -> f.associationType(AssociationType.APPLIED)))
                .configurationPolicyAssociationSummaries()
                .forEach(a -> associations.add(new PolicyAssociation(
                        a.configurationPolicyId(),
                        a.targetId(),
                        a.targetTypeAsString(),
                        a.associationTypeAsString(),
                        a.associationStatusAsString(),
                        a.associationStatusMessage())));
        return new PolicyAssociations(associations);
    }

    /** Details are read for the aggregators of this region; elsewhere the ARN is all that is kept. */
    private static List<FindingAggregator> findingAggregators(SecurityHubClient client, String region) {
        List<FindingAggregator> aggregators = new ArrayList<>();
        for (var summary : client.listFindingAggregatorsPaginator(r -> {}).findingAggregators()) {
            String arn = summary.findingAggregatorArn();
            if (region.equals(regionOf(arn))) {
                aggregators.add(findingAggregator(client.getFindingAggregator(r -> r.findingAggregatorArn(arn))));
            } else {
                aggregators.add(new FindingAggregator(arn, regionOf(arn), null, null));
            }
        }
        return aggregators;
    }

    private static FindingAggregator findingAggregator(GetFindingAggregatorResponse response) {
        return new FindingAggregator(
                response.findingAggregatorArn(),
                response.findingAggregationRegion(),
                response.regionLinkingMode(),
                response.hasRegions() ? response.regions() : List.of());
    }

    private static Members members(SecurityHubClient client) {
        List<Member> members = new ArrayList<>();
        client.listMembersPaginator(r -> r.onlyAssociated(false))
                .members()
                .forEach(m ->
                        members.add(new Member(m.accountId(), m.administratorId(), m.memberStatus(), m.updatedAt())));
        return new Members(members);
    }

    /** The region of an ARN ({@code arn:partition:service:region:account:resource}), or {@code null}. */
    static String regionOf(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null;
    }
}
