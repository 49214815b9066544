package org.irauditor.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irauditor.audit.OrganizationCheck;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Verdict;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.springframework.stereotype.Component;

/**
 * The security services (Security Hub, GuardDuty, AWS Config, Detective and, where the organization uses it, IAM
 * Access Analyzer) are administered by a delegated administrator that is a member account, not the management
 * account, and all by the same security account. One result per service, about the service principal, so that a
 * reviewer sees which service is missing its administrator or is split off to another account.
 *
 * <p>The security account is the member account that administers the most of these services (ties go to the
 * service listed first, Security Hub). Reads only the delegated administrators discovered from Organizations; a
 * failure to list them makes every result UNKNOWN.
 */
@Component
public class SecurityAccountLayoutCheck implements OrganizationCheck {

    public static final String ID = "layout.delegated-administrators";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> evaluate(OrganizationContext organization) {
        OrganizationSnapshot snapshot = organization.organization();
        if (snapshot.delegatedAdmins().isFailed()) {
            return unknown(snapshot.delegatedAdmins().error());
        }
        Map<SecurityService, Map<String, String>> admins = adminsByService(snapshot);
        Optional<String> securityAccount = securityAccount(admins.values(), snapshot.managementAccountId());
        List<Verdict> verdicts = new ArrayList<>();
        admins.forEach((service, byPrincipal) -> verdicts.add(evaluate(service, byPrincipal, securityAccount, snapshot)
                .about(new Resource("Other", service.principal()))
                .with("servicePrincipal", String.join(", ", service.principals()))));
        return verdicts;
    }

    private static List<Verdict> unknown(ErrorReason reason) {
        return SecurityService.ALL.stream()
                .filter(s -> !s.optional())
                .map(s -> Verdict.unknown(
                                "The delegated administrator of " + s.name() + " is unknown: " + reason.describe())
                        .with("errorCode", reason.code())
                        .about(new Resource("Other", s.principal())))
                .toList();
    }

    /** The registered administrator of each principal, by service; optional services only where used. */
    private static Map<SecurityService, Map<String, String>> adminsByService(OrganizationSnapshot snapshot) {
        Map<SecurityService, Map<String, String>> admins = new LinkedHashMap<>();
        for (SecurityService service : SecurityService.ALL) {
            Map<String, String> byPrincipal = new LinkedHashMap<>();
            for (DelegatedAdmin admin : snapshot.delegatedAdmins().value()) {
                if (service.principals().contains(admin.servicePrincipal())) {
                    byPrincipal.putIfAbsent(admin.servicePrincipal(), admin.accountId());
                }
            }
            if (!service.optional() || !byPrincipal.isEmpty() || trusts(snapshot, service)) {
                admins.put(service, byPrincipal);
            }
        }
        return admins;
    }

    private static boolean trusts(OrganizationSnapshot snapshot, SecurityService service) {
        Outcome<List<String>> trusted = snapshot.trustedServices();
        return trusted.isOk() && service.principals().stream().anyMatch(trusted.value()::contains);
    }

    /** The member account administering the most services; ties go to the service listed first. */
    private static Optional<String> securityAccount(
            Collection<Map<String, String>> admins, String managementAccountId) {
        Map<String, Integer> services = new LinkedHashMap<>();
        for (Map<String, String> byPrincipal : admins) {
            new LinkedHashSet<>(byPrincipal.values())
                    .stream()
                            .filter(id -> !id.equals(managementAccountId))
                            .forEach(id -> services.merge(id, 1, Integer::sum));
        }
        return services.entrySet().stream()
                .max(Comparator.comparing(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    private static Verdict evaluate(
            SecurityService service,
            Map<String, String> byPrincipal,
            Optional<String> securityAccount,
            OrganizationSnapshot snapshot) {
        Set<String> accounts = new LinkedHashSet<>(byPrincipal.values());
        if (accounts.isEmpty()) {
            return Verdict.fail(service.name() + " has no delegated administrator account");
        }
        if (accounts.size() > 1) {
            return Verdict.fail(service.name() + " is administered by different accounts: " + split(byPrincipal));
        }
        String admin = accounts.iterator().next();
        Verdict verdict = judge(service, admin, securityAccount, snapshot).with("administrator", admin);
        return verdict.with("securityAccount", securityAccount.orElse(null));
    }

    private static Verdict judge(
            SecurityService service, String admin, Optional<String> securityAccount, OrganizationSnapshot snapshot) {
        if (admin.equals(snapshot.managementAccountId())) {
            return Verdict.fail(service.name() + " is administered by the management account " + admin
                    + ", not by a member security account");
        }
        if (securityAccount.isPresent() && !securityAccount.get().equals(admin)) {
            return Verdict.fail(service.name() + " is administered by account " + describe(admin, snapshot)
                    + ", not by the security account " + describe(securityAccount.get(), snapshot)
                    + " that administers most security services");
        }
        return Verdict.pass(service.name() + " is administered by the security account " + describe(admin, snapshot));
    }

    private static String split(Map<String, String> byPrincipal) {
        return String.join(
                ", ",
                byPrincipal.entrySet().stream()
                        .map(e -> e.getKey() + " by " + e.getValue())
                        .toList());
    }

    /** "777788889999 (security-tooling)", or the bare id when the account's name is not known. */
    private static String describe(String accountId, OrganizationSnapshot snapshot) {
        return snapshot.account(accountId)
                .map(OrgAccount::name)
                .filter(name -> !name.isBlank())
                .map(name -> accountId + " (" + name + ")")
                .orElse(accountId);
    }
}
