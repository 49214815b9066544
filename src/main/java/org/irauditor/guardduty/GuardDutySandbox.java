package org.irauditor.guardduty;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.irauditor.core.Outcome;
import org.irauditor.guardduty.GuardDutySnapshot.Administrator;
import org.irauditor.guardduty.GuardDutySnapshot.AdministratorAccount;
import org.irauditor.guardduty.GuardDutySnapshot.DataSources;
import org.irauditor.guardduty.GuardDutySnapshot.Detector;
import org.irauditor.guardduty.GuardDutySnapshot.Feature;
import org.irauditor.guardduty.GuardDutySnapshot.Kubernetes;
import org.irauditor.guardduty.GuardDutySnapshot.Member;
import org.irauditor.guardduty.GuardDutySnapshot.OrganizationConfiguration;
import org.irauditor.guardduty.GuardDutySnapshot.OrganizationFeature;
import org.irauditor.guardduty.GuardDutySnapshot.SourceStatus;
import org.irauditor.organization.OrgAccount;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/**
 * The GuardDuty state of sandbox accounts, from the account's {@code guardduty} trait:
 *
 * <ul>
 *   <li>{@code ready}: an enabled detector, an Enabled member of the delegated administrator, with the protection
 *       plans the organization configuration enables automatically (RDS and Lambda Protection stay off);
 *   <li>{@code administrator}: an enabled detector with every plan; when the account is also registered as the
 *       organization's GuardDuty delegated administrator it holds the member list (every active account whose
 *       trait is not {@code missing}, a {@code suspended} one as Removed) and the organization configuration,
 *       which enables new accounts automatically in every organization region but the last one;
 *   <li>{@code suspended}: a suspended (DISABLED) detector, disassociated from the administrator;
 *   <li>{@code missing}: no detector.
 * </ul>
 */
public final class GuardDutySandbox {

    public static final String ADMINISTRATOR = "administrator";
    public static final String SUSPENDED = "suspended";
    public static final String MISSING = "missing";

    /** Plans the sandbox organization configuration enables in members; the others stay disabled. */
    private static final List<String> AUTO_ENABLED =
            List.of("S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "RUNTIME_MONITORING", "EBS_MALWARE_PROTECTION");

    private static final List<String> ALL_PLANS = List.of(
            "S3_DATA_EVENTS",
            "EKS_AUDIT_LOGS",
            "RUNTIME_MONITORING",
            "EBS_MALWARE_PROTECTION",
            "RDS_LOGIN_EVENTS",
            "LAMBDA_NETWORK_LOGS");

    /** The trait values this class interprets; the sandbox definition is validated against them. */
    public static final Set<String> TRAITS = Set.of(SandboxAccount.READY, ADMINISTRATOR, SUSPENDED, MISSING);

    private GuardDutySandbox() {}

    public static GuardDutySnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        String trait = account.trait("guardduty");
        if (MISSING.equals(trait)) {
            return new GuardDutySnapshot(Outcome.ok(List.of()), null, null, null, null);
        }
        Optional<String> admin = organization.delegatedAdmin(GuardDutyCollector.PRINCIPAL);
        boolean isAdmin = admin.filter(account.id()::equals).isPresent();
        Outcome<List<String>> detectorIds = Outcome.ok(List.of(detectorId(account.id(), region)));
        Outcome<Detector> detector = Outcome.ok(detector(trait, isAdmin));
        Outcome<AdministratorAccount> administrator = Outcome.ok(administrator(trait, isAdmin, admin));
        if (!isAdmin || !ADMINISTRATOR.equals(trait)) {
            return new GuardDutySnapshot(detectorIds, detector, administrator, null, null);
        }
        return new GuardDutySnapshot(
                detectorIds,
                detector,
                administrator,
                Outcome.ok(members(account, region, organization)),
                Outcome.ok(organizationConfiguration(region, organization)));
    }

    /** A stable 32-character detector id, as GuardDuty's ids look. */
    static String detectorId(String accountId, String region) {
        return UUID.nameUUIDFromBytes(("guardduty/" + accountId + "/" + region).getBytes(StandardCharsets.UTF_8))
                .toString()
                .replace("-", "");
    }

    private static Detector detector(String trait, boolean isAdmin) {
        boolean everyPlan = isAdmin || ADMINISTRATOR.equals(trait);
        List<Feature> features = ALL_PLANS.stream()
                .map(name ->
                        new Feature(name, everyPlan || AUTO_ENABLED.contains(name) ? "ENABLED" : "DISABLED", List.of()))
                .toList();
        DataSources dataSources =
                new DataSources(new SourceStatus("ENABLED"), new Kubernetes(new SourceStatus("ENABLED")));
        return new Detector(SUSPENDED.equals(trait) ? "DISABLED" : "ENABLED", features, dataSources);
    }

    private static AdministratorAccount administrator(String trait, boolean isAdmin, Optional<String> admin) {
        if (isAdmin || SUSPENDED.equals(trait) || admin.isEmpty()) {
            return new AdministratorAccount(null);
        }
        return new AdministratorAccount(new Administrator(admin.get(), "Enabled"));
    }

    private static List<Member> members(SandboxAccount admin, String region, SandboxOrganization organization) {
        return organization.accounts().stream()
                .filter(a -> !a.id().equals(admin.id()))
                .filter(a -> OrgAccount.ACTIVE.equals(a.state()))
                .filter(a -> !a.disabledRegions().contains(region))
                .filter(a -> !MISSING.equals(a.trait("guardduty")))
                .map(a -> new Member(
                        a.id(),
                        SUSPENDED.equals(a.trait("guardduty")) ? "Removed" : "Enabled",
                        detectorId(a.id(), region)))
                .toList();
    }

    private static OrganizationConfiguration organizationConfiguration(
            String region, SandboxOrganization organization) {
        List<String> regions = organization.regions();
        boolean forgotten =
                regions.size() > 1 && regions.get(regions.size() - 1).equals(region);
        String members = forgotten ? "NONE" : "NEW";
        List<OrganizationFeature> features = ALL_PLANS.stream()
                .map(name -> new OrganizationFeature(name, AUTO_ENABLED.contains(name) ? members : "NONE"))
                .toList();
        return new OrganizationConfiguration(members, !forgotten, features);
    }
}
