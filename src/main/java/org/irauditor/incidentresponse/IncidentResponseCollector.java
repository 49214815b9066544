package org.irauditor.incidentresponse;

import java.util.ArrayList;
import java.util.List;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Outcome;
import org.irauditor.incidentresponse.IncidentResponseSnapshot.AccountsConfiguration;
import org.irauditor.incidentresponse.IncidentResponseSnapshot.Membership;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.securityir.model.GetMembershipResponse;
import software.amazon.awssdk.services.securityir.model.ListMembershipItem;
import software.amazon.awssdk.services.securityir.model.MembershipAccountsConfigurations;

/**
 * Collects AWS Security Incident Response memberships, only in the account that administers the service (its
 * delegated administrator for {@code security-ir.amazonaws.com}, or the management account); called once per
 * account with the home region's scope. Memberships are listed there and each is read in its own region.
 */
@Component
public class IncidentResponseCollector {

    public IncidentResponseSnapshot collect(RegionScope scope) {
        if (!scope.administers(IncidentResponseMembershipCheck.SECURITY_IR)) {
            return IncidentResponseSnapshot.notCollected();
        }
        Outcome<List<ListMembershipItem>> items = scope.call(
                "ListMemberships",
                () -> scope.session().securityIr(scope.region()).listMembershipsPaginator(r -> {}).items().stream()
                        .toList());
        return new IncidentResponseSnapshot(items.map(list -> details(scope, list)));
    }

    private static List<Membership> details(RegionScope scope, List<ListMembershipItem> items) {
        List<Membership> memberships = new ArrayList<>();
        for (ListMembershipItem item : items) {
            String region = item.regionAsString() == null ? scope.region() : item.regionAsString();
            Outcome<GetMembershipResponse> detail = scope.call(
                    "GetMembership",
                    () -> scope.session().securityIr(region).getMembership(r -> r.membershipId(item.membershipId())));
            memberships.add(detail.isOk() ? toMembership(detail.value()) : toMembership(item));
        }
        return memberships;
    }

    private static Membership toMembership(GetMembershipResponse detail) {
        return new Membership(
                detail.membershipId(),
                detail.accountId(),
                detail.regionAsString(),
                detail.membershipArn(),
                detail.membershipStatusAsString(),
                detail.membershipName(),
                detail.membershipActivationTimestamp(),
                detail.numberOfAccountsCovered(),
                toConfiguration(detail.membershipAccountsConfigurations()));
    }

    private static Membership toMembership(ListMembershipItem item) {
        return new Membership(
                item.membershipId(),
                item.accountId(),
                item.regionAsString(),
                item.membershipArn(),
                item.membershipStatusAsString(),
                null,
                null,
                null,
                null);
    }

    private static AccountsConfiguration toConfiguration(MembershipAccountsConfigurations configuration) {
        if (configuration == null) {
            return null;
        }
        return new AccountsConfiguration(
                configuration.coverEntireOrganization(),
                configuration.hasOrganizationalUnits() ? configuration.organizationalUnits() : List.of());
    }
}
