package org.irauditor.securityhub;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationCheck;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.core.Verdict;
import org.irauditor.securityhub.SecurityHubSnapshot.OrganizationConfiguration;
import org.irauditor.securityhub.SecurityHubSnapshot.PolicyAssociation;
import org.irauditor.securityhub.SecurityHubSnapshot.PolicyAssociations;
import org.springframework.stereotype.Component;

/**
 * New organization accounts get Security Hub without anyone enabling it: locally with {@code AutoEnable}, or
 * centrally with a configuration policy associated with the root or organizational units. The setting is
 * organization-wide and only readable in the delegated administrator, so it is one organization-level check
 * with one verdict per region of the administrator (a local configuration is set region by region).
 */
@Component
public class SecurityHubAutoEnableCheck implements OrganizationCheck {

    public static final String ID = "securityhub.organization-auto-enable";

    private static final String CENTRAL = "CENTRAL";
    /** The configuration id of accounts left to manage Security Hub themselves under central configuration. */
    private static final String SELF_MANAGED = "SELF_MANAGED_SECURITY_HUB";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(OrganizationContext organization) {
        SecurityHubFacts.AdministratorSnapshot admin = SecurityHubFacts.administratorSnapshot(organization);
        if (admin.verdict() != null) {
            return List.of(admin.verdict());
        }
        String adminId = admin.accountId();
        AccountSnapshot snapshot = admin.snapshot();
        if (snapshot.regions().isEmpty()) {
            return List.of(
                    Verdict.unknown("No region of the Security Hub administrator account " + adminId + " was audited.")
                            .with("administrator", adminId));
        }
        List<Outcome<PolicyAssociations>> associations = snapshot.regions().stream()
                .map(RegionSnapshot::securityHub)
                .filter(Objects::nonNull)
                .map(SecurityHubSnapshot::policyAssociations)
                .filter(Objects::nonNull)
                .toList();
        List<Verdict> verdicts = new ArrayList<>();
        for (RegionSnapshot region : snapshot.regions()) {
            verdicts.add(evaluate(region, associations)
                    .with("administrator", adminId)
                    .with("region", region.region())
                    .about(SecurityHubFacts.hubResource(snapshot.partition(), region.region(), adminId)));
        }
        return verdicts;
    }

    private static Verdict evaluate(RegionSnapshot region, List<Outcome<PolicyAssociations>> associations) {
        String name = region.region();
        if (region.error() != null) {
            return Verdict.unknown(region.error());
        }
        SecurityHubSnapshot snapshot = region.securityHub();
        if (snapshot == null || snapshot.hub() == null) {
            return Verdict.unknown("Security Hub was not collected in " + name + ".");
        }
        if (SecurityHubFacts.isNotEnabled(snapshot.hub())) {
            return Verdict.fail("Security Hub is not enabled in the administrator account in " + name
                    + ", so new accounts are not enabled automatically.");
        }
        if (snapshot.hub().isFailed()) {
            return Verdict.unknown(snapshot.hub().error());
        }
        Outcome<OrganizationConfiguration> configuration = snapshot.organizationConfiguration();
        if (configuration == null) {
            return Verdict.unknown("The Security Hub organization configuration was not collected in " + name + ".");
        }
        if (configuration.isFailed()) {
            return Verdict.unknown(configuration.error());
        }
        OrganizationConfiguration value = configuration.value();
        if (value.organizationConfiguration() != null
                && CENTRAL.equals(value.organizationConfiguration().configurationType())) {
            return evaluateCentral(name, value, preferred(snapshot.policyAssociations(), associations));
        }
        return evaluateLocal(name, value);
    }

    private static Verdict evaluateLocal(String region, OrganizationConfiguration configuration) {
        Verdict verdict = Boolean.TRUE.equals(configuration.autoEnable())
                ? Verdict.pass("Security Hub is enabled automatically in new organization accounts in " + region + ".")
                : Verdict.fail(
                        "Security Hub is not enabled automatically in new organization accounts in " + region + ".");
        return verdict.with("configurationType", "LOCAL")
                .with("autoEnable", configuration.autoEnable())
                .with("autoEnableStandards", configuration.autoEnableStandards())
                .with("memberAccountLimitReached", configuration.memberAccountLimitReached());
    }

    private static Verdict evaluateCentral(
            String region, OrganizationConfiguration configuration, Outcome<PolicyAssociations> associations) {
        var central = configuration.organizationConfiguration();
        if ("FAILED".equals(central.status())) {
            return Verdict.fail("Security Hub central configuration is in status FAILED in " + region + ".")
                    .with("configurationType", CENTRAL)
                    .with("statusMessage", central.statusMessage());
        }
        if (associations == null) {
            return Verdict.unknown("The Security Hub configuration policy associations were not collected.")
                    .with("configurationType", CENTRAL);
        }
        if (associations.isFailed()) {
            return Verdict.unknown(associations.error()).with("configurationType", CENTRAL);
        }
        List<PolicyAssociation> effective = associations.value().summaries().stream()
                .filter(SecurityHubAutoEnableCheck::isEffectivePolicy)
                .toList();
        String targets = effective.stream()
                .map(a -> a.targetType() + " " + a.targetId() + " -> " + a.configurationPolicyId())
                .collect(Collectors.joining(", "));
        if (effective.stream().anyMatch(a -> "ROOT".equals(a.targetType()))) {
            return Verdict.pass("Security Hub is configured centrally in " + region
                            + " with a configuration policy associated with the organization root.")
                    .with("configurationType", CENTRAL)
                    .with("associations", targets);
        }
        if (!effective.isEmpty()) {
            return Verdict.pass("Security Hub is configured centrally in " + region
                            + " with configuration policies associated with organizational units.")
                    .with("configurationType", CENTRAL)
                    .with("associations", targets);
        }
        return Verdict.fail("Security Hub is configured centrally in " + region
                        + " but no configuration policy is associated with the root or an organizational unit.")
                .with("configurationType", CENTRAL);
    }

    private static boolean isEffectivePolicy(PolicyAssociation association) {
        return !SELF_MANAGED.equals(association.configurationPolicyId())
                && !"FAILED".equals(association.associationStatus())
                && ("ROOT".equals(association.targetType()) || "ORGANIZATIONAL_UNIT".equals(association.targetType()));
    }

    /**
     * Policy associations can only be listed in the home region of central configuration; other regions answer
     * with an error, so any region that listed them answers for all.
     */
    private static Outcome<PolicyAssociations> preferred(
            Outcome<PolicyAssociations> own, List<Outcome<PolicyAssociations>> all) {
        if (own != null && own.isOk()) {
            return own;
        }
        Outcome<PolicyAssociations> fallback =
                own != null ? own : all.stream().findFirst().orElse(null);
        return all.stream().filter(Outcome::isOk).findFirst().orElse(fallback);
    }
}
