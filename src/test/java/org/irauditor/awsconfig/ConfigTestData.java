package org.irauditor.awsconfig;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.Outcome;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.testing.Fixtures;

/** Builds account, region and organization snapshots around Config fixtures for the check tests. */
final class ConfigTestData {

    static final String ACCOUNT = "111122223333";
    static final String SECURITY_ACCOUNT = "777788889999";
    static final Instant COLLECTED_AT = Instant.parse("2026-12-03T07:00:00Z");

    private ConfigTestData() {}

    static ConfigSnapshot config(String fixture) {
        return Fixtures.read("config/" + fixture, ConfigSnapshot.class);
    }

    static RegionSnapshot region(String name, String fixture) {
        return region(name, config(fixture));
    }

    static RegionSnapshot region(String name, ConfigSnapshot config) {
        return new RegionSnapshot(name, null, null, config, null, null, null, null, null);
    }

    static AccountSnapshot account(RegionSnapshot... regions) {
        return account(ACCOUNT, regions);
    }

    static AccountSnapshot account(String accountId, RegionSnapshot... regions) {
        OrgAccount orgAccount =
                new OrgAccount(accountId, "account-" + accountId, null, OrgAccount.ACTIVE, null, null, Map.of(), null);
        return new AccountSnapshot(orgAccount, "aws", COLLECTED_AT, null, List.of(regions), List.of(), null, null);
    }

    /** An organization managed from {@link #ACCOUNT} with {@link #SECURITY_ACCOUNT} as Config administrator. */
    static OrganizationContext organization(AccountSnapshot... adminSnapshots) {
        OrganizationSnapshot snapshot = new OrganizationSnapshot(
                "o-exampleorg",
                ACCOUNT,
                "aws",
                "us-east-1",
                COLLECTED_AT,
                List.of(),
                Outcome.ok(List.of(
                        new DelegatedAdmin(ConfigCollector.CONFIG_PRINCIPAL, SECURITY_ACCOUNT),
                        new DelegatedAdmin(ConfigCollector.MULTI_ACCOUNT_SETUP_PRINCIPAL, SECURITY_ACCOUNT))),
                Outcome.ok(List.of(ConfigCollector.CONFIG_PRINCIPAL)),
                "r-ab12");
        return new OrganizationContext(snapshot, List.of(adminSnapshots));
    }
}
