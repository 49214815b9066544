package org.irauditor.sandbox;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.irauditor.core.Outcome;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.organization.OrganizationSource;

/** Discovery of the sandbox organization: the same snapshot AWS discovery builds, from the sandbox definition. */
public final class SandboxOrganizationSource implements OrganizationSource {

    private final SandboxOrganization sandbox;
    private final Clock clock;

    public SandboxOrganizationSource(SandboxOrganization sandbox, Clock clock) {
        this.sandbox = sandbox;
        this.clock = clock;
    }

    @Override
    public OrganizationSnapshot discover() {
        List<OrgAccount> accounts = sandbox.accounts().stream()
                .map(SandboxOrganizationSource::toOrgAccount)
                .toList();
        List<DelegatedAdmin> admins = sandbox.delegatedAdmins().entrySet().stream()
                .map(e -> new DelegatedAdmin(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(DelegatedAdmin::servicePrincipal))
                .toList();
        List<String> trusted =
                admins.stream().map(DelegatedAdmin::servicePrincipal).toList();
        return new OrganizationSnapshot(
                sandbox.organizationId(),
                sandbox.managementAccountId(),
                sandbox.partition(),
                sandbox.homeRegion(),
                clock.instant(),
                accounts,
                Outcome.ok(admins),
                Outcome.ok(trusted),
                "r-sbx1");
    }

    static OrgAccount toOrgAccount(SandboxAccount account) {
        return new OrgAccount(
                account.id(),
                account.name(),
                account.email(),
                account.state(),
                "ou-sbx-" + Integer.toHexString(account.ou().hashCode()),
                account.ou(),
                account.tags(),
                null);
    }
}
