package org.irauditor.incidentresponse;

import java.util.List;
import java.util.Optional;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationCheck;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.irauditor.incidentresponse.IncidentResponseSnapshot.AccountsConfiguration;
import org.irauditor.incidentresponse.IncidentResponseSnapshot.Membership;
import org.springframework.stereotype.Component;

/**
 * Reports, for information, whether the organization has an active AWS Security Incident Response membership
 * (AWS responders on call for the organization), read in the service's delegated administrator or else the
 * management account. The service is optional and paid: without a membership the result is NOT_APPLICABLE, never
 * a FAIL. An active membership is a PASS naming what it covers.
 */
@Component
public class IncidentResponseMembershipCheck implements OrganizationCheck {

    public static final String ID = "incidentresponse.membership";

    static final String SECURITY_IR = "security-ir.amazonaws.com";

    /** What ListMemberships answers where the service was never activated. */
    private static final String NOT_ACTIVE = "SecurityIncidentResponseNotActiveException";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(OrganizationContext organization) {
        Outcome<?> admins = organization.organization().delegatedAdmins();
        if (admins.isFailed()) {
            return List.of(Verdict.unknown("The Security Incident Response administrator account is unknown: "
                            + admins.error().describe())
                    .with("errorCode", admins.error().code()));
        }
        String holder = organization.delegatedAdmin(SECURITY_IR).orElse(organization.managementAccountId());
        Optional<AccountSnapshot> snapshot = organization.snapshotOf(holder);
        if (snapshot.isEmpty()) {
            return List.of(Verdict.unknown(
                            "The Security Incident Response administrator account " + holder + " was not audited")
                    .with("administrator", holder));
        }
        return evaluate(snapshot.get()).stream()
                .map(v -> v.with("administrator", holder))
                .toList();
    }

    private static List<Verdict> evaluate(AccountSnapshot holder) {
        if (holder.accessError() != null) {
            return List.of(Verdict.unknown("The Security Incident Response administrator account " + holder.accountId()
                            + " could not be audited: " + holder.accessError().describe())
                    .with("errorCode", holder.accessError().code()));
        }
        IncidentResponseSnapshot snapshot = holder.incidentResponse();
        if (snapshot == null || !snapshot.isCollected()) {
            return List.of(Verdict.unknown(
                    "Security Incident Response memberships were not collected in account " + holder.accountId()));
        }
        Outcome<List<Membership>> memberships = snapshot.memberships();
        if (memberships.failedWith(NOT_ACTIVE)) {
            return List.of(none(holder.accountId()));
        }
        if (memberships.isFailed()) {
            return List.of(Verdict.unknown(memberships.error()));
        }
        List<Verdict> active = memberships.value().stream()
                .filter(Membership::isActive)
                .map(IncidentResponseMembershipCheck::active)
                .toList();
        return active.isEmpty()
                ? List.of(none(holder.accountId()).with("memberships", inactive(memberships.value())))
                : active;
    }

    private static Verdict active(Membership membership) {
        String name = membership.membershipName() == null ? membership.membershipId() : membership.membershipName();
        Verdict verdict = Verdict.pass(
                        "AWS Security Incident Response membership " + name + " is active in " + membership.region()
                                + " and covers " + coverage(membership.membershipAccountsConfigurations()))
                .with("membershipId", membership.membershipId())
                .with("activatedAt", membership.membershipActivationTimestamp())
                .with("accountsCovered", membership.numberOfAccountsCovered());
        return membership.membershipArn() == null
                ? verdict
                : verdict.about(new Resource("Other", membership.membershipArn()));
    }

    private static String coverage(AccountsConfiguration configuration) {
        if (configuration == null) {
            return "the accounts its configuration names";
        }
        if (Boolean.TRUE.equals(configuration.coverEntireOrganization())) {
            return "the entire organization";
        }
        int units = configuration.organizationalUnits().size();
        return units + (units == 1 ? " organizational unit" : " organizational units");
    }

    private static Verdict none(String holder) {
        return Verdict.notApplicable("No AWS Security Incident Response membership is active in account " + holder
                + "; the service is optional");
    }

    private static String inactive(List<Membership> memberships) {
        return memberships.isEmpty()
                ? null
                : String.join(
                        ", ",
                        memberships.stream()
                                .map(m -> m.membershipId() + " " + m.membershipStatus())
                                .toList());
    }
}
