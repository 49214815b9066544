package org.irauditor.securityhub;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;
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

/**
 * The Security Hub state of sandbox accounts, from the account's {@code securityhub} trait:
 *
 * <ul>
 *   <li>{@code ready}: the hub with two READY standards, an enabled member of the delegated administrator;
 *   <li>{@code administrator}: as ready, plus the organization-wide answers: central configuration with a policy
 *       on the root, an all-regions finding aggregator in the home region and every other account's membership;
 *   <li>{@code no-standards}: the hub without any standard;
 *   <li>{@code missing}: Security Hub not enabled, answered as AWS does, with InvalidAccessException.
 * </ul>
 *
 * The administrator lists as enabled members every other active account whose trait is not {@code missing}, in
 * the regions that account has enabled.
 */
public final class SecurityHubSandbox {

    public static final String ADMINISTRATOR = "administrator";
    public static final String NO_STANDARDS = "no-standards";
    public static final String MISSING = "missing";

    private static final String TRAIT = "securityhub";
    private static final Instant SINCE = Instant.parse("2024-01-15T09:00:00Z");
    private static final String POLICY_ID = "a1b2c3d4-5678-90ab-cdef-000000000001";

    /** The trait values this class interprets; the sandbox definition is validated against them. */
    public static final Set<String> TRAITS = Set.of(SandboxAccount.READY, ADMINISTRATOR, NO_STANDARDS, MISSING);

    private SecurityHubSandbox() {}

    public static SecurityHubSnapshot snapshot(
            SandboxAccount account, String region, SandboxOrganization organization) {
        String trait = account.trait(TRAIT);
        if (MISSING.equals(trait)) {
            return SecurityHubSnapshot.of(Outcome.failed(new ErrorReason(
                    "DescribeHub",
                    "InvalidAccessException",
                    "Account " + account.id() + " is not subscribed to AWS Security Hub",
                    ErrorKind.NOT_ENABLED)));
        }
        Outcome<Hub> hub = Outcome.ok(new Hub(
                SecurityHubFacts.hubArn(organization.partition(), region, account.id()),
                SINCE.toString(),
                true,
                "SECURITY_CONTROL"));
        Outcome<EnabledStandards> standards = Outcome.ok(new EnabledStandards(
                NO_STANDARDS.equals(trait) ? List.of() : standards(organization, region, account)));
        Outcome<AdministratorAccount> administrator = Outcome.ok(administrator(account, organization));
        if (!ADMINISTRATOR.equals(trait)) {
            return new SecurityHubSnapshot(hub, standards, administrator, null, null, null, null);
        }
        return new SecurityHubSnapshot(
                hub,
                standards,
                administrator,
                Outcome.ok(new OrganizationConfiguration(
                        false, false, "NONE", new ConfigurationType("CENTRAL", "ENABLED", null))),
                region.equals(organization.homeRegion()) ? Outcome.ok(rootAssociation(organization)) : null,
                Outcome.ok(List.of(aggregator(account, region, organization))),
                Outcome.ok(members(account, region, organization)));
    }

    private static List<StandardsSubscription> standards(
            SandboxOrganization organization, String region, SandboxAccount account) {
        String prefix = "arn:" + organization.partition() + ":securityhub:" + region;
        return List.of(
                new StandardsSubscription(
                        prefix + "::standards/aws-foundational-security-best-practices/v/1.0.0",
                        prefix + ":" + account.id() + ":subscription/aws-foundational-security-best-practices/v/1.0.0",
                        "READY",
                        null),
                new StandardsSubscription(
                        prefix + "::standards/cis-aws-foundations-benchmark/v/3.0.0",
                        prefix + ":" + account.id() + ":subscription/cis-aws-foundations-benchmark/v/3.0.0",
                        "READY",
                        null));
    }

    private static AdministratorAccount administrator(SandboxAccount account, SandboxOrganization organization) {
        return organization
                .delegatedAdmin(SecurityHubSnapshot.SERVICE_PRINCIPAL)
                .filter(admin -> !admin.equals(account.id()))
                .map(admin -> new AdministratorAccount(new Invitation(admin, null, SINCE, "Enabled")))
                .orElseGet(() -> new AdministratorAccount(null));
    }

    private static PolicyAssociations rootAssociation(SandboxOrganization organization) {
        String rootId = "r-" + organization.organizationId().replaceFirst("^o-", "");
        return new PolicyAssociations(
                List.of(new PolicyAssociation(POLICY_ID, rootId, "ROOT", "APPLIED", "SUCCESS", null)));
    }

    private static FindingAggregator aggregator(SandboxAccount admin, String region, SandboxOrganization organization) {
        String home = organization.homeRegion();
        String arn = "arn:" + organization.partition() + ":securityhub:" + home + ":" + admin.id()
                + ":finding-aggregator/a1b2c3d4-5678-90ab-cdef-000000000002";
        List<String> linked = organization.linkedRegions(admin);
        if (!region.equals(home)) {
            return new FindingAggregator(arn, home, null, null);
        }
        return linked.isEmpty()
                ? new FindingAggregator(arn, home, "ALL_REGIONS", List.of())
                : new FindingAggregator(arn, home, "SPECIFIED_REGIONS", linked);
    }

    private static Members members(SandboxAccount admin, String region, SandboxOrganization organization) {
        return new Members(organization.accounts().stream()
                .filter(a -> !a.id().equals(admin.id()))
                .filter(a -> "ACTIVE".equals(a.state()))
                .filter(a -> !MISSING.equals(a.trait(TRAIT)))
                .filter(a -> !a.disabledRegions().contains(region))
                .map(a -> new Member(a.id(), admin.id(), "Enabled", SINCE))
                .toList());
    }
}
