package org.irauditor.securityhub;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.aws.AwsErrors;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.testing.Fixtures;

/** Builds the snapshots and organization the Security Hub check tests evaluate, from API-shaped fixtures. */
final class SecurityHubScenario {

    static final String MANAGEMENT = "111122223333";
    static final String MEMBER = "444455556666";
    static final String ADMIN = "777788889999";
    static final String REGION = "us-east-1";
    static final Instant COLLECTED_AT = Instant.parse("2026-01-10T08:00:00Z");

    private SecurityHubScenario() {}

    static <T> Outcome<T> ok(String fixture, Class<T> type) {
        return Outcome.ok(Fixtures.read("securityhub/" + fixture, type));
    }

    /** A failed call classified exactly as the collector would classify the AWS error. */
    static <T> Outcome<T> failed(String operation, String code, int httpStatus) {
        String shown = code == null ? "HTTP " + httpStatus : code;
        return Outcome.failed(new ErrorReason(operation, shown, "", AwsErrors.kindOf(code, httpStatus)));
    }

    static Outcome<SecurityHubSnapshot.Hub> hub() {
        return ok("describe-hub.json", SecurityHubSnapshot.Hub.class);
    }

    static Outcome<SecurityHubSnapshot.Hub> notSubscribed() {
        return failed("DescribeHub", "InvalidAccessException", 401);
    }

    /** A member's snapshot: hub, standards and its own view of its administrator. */
    static SecurityHubSnapshot member(
            Outcome<SecurityHubSnapshot.EnabledStandards> standards,
            Outcome<SecurityHubSnapshot.AdministratorAccount> administrator) {
        return new SecurityHubSnapshot(hub(), standards, administrator, null, null, null, null);
    }

    /** The administrator's snapshot with its organization-wide answers. */
    static SecurityHubSnapshot administrator(
            Outcome<SecurityHubSnapshot.OrganizationConfiguration> configuration,
            Outcome<SecurityHubSnapshot.PolicyAssociations> associations,
            Outcome<List<SecurityHubSnapshot.FindingAggregator>> aggregators,
            Outcome<SecurityHubSnapshot.Members> members) {
        return new SecurityHubSnapshot(
                hub(),
                ok("get-enabled-standards-ready.json", SecurityHubSnapshot.EnabledStandards.class),
                ok("get-administrator-account-none.json", SecurityHubSnapshot.AdministratorAccount.class),
                configuration,
                associations,
                aggregators,
                members);
    }

    static RegionSnapshot region(String name, SecurityHubSnapshot securityHub) {
        return new RegionSnapshot(name, null, null, null, securityHub, null, null, null, null);
    }

    static AccountSnapshot account(String id, RegionSnapshot... regions) {
        return new AccountSnapshot(
                orgAccount(id), "aws", COLLECTED_AT, null, Arrays.asList(regions), List.of(), null, null);
    }

    /** The organization with 777788889999 as Security Hub delegated administrator and the given admin snapshots. */
    static OrganizationContext organization(AccountSnapshot... adminSnapshots) {
        return organization(
                Outcome.ok(List.of(new DelegatedAdmin(SecurityHubSnapshot.SERVICE_PRINCIPAL, ADMIN))), adminSnapshots);
    }

    static OrganizationContext organization(
            Outcome<List<DelegatedAdmin>> delegatedAdmins, AccountSnapshot... adminSnapshots) {
        OrganizationSnapshot snapshot = new OrganizationSnapshot(
                "o-a1b2c3d4e5",
                MANAGEMENT,
                "aws",
                REGION,
                COLLECTED_AT,
                List.of(orgAccount(MANAGEMENT), orgAccount(MEMBER), orgAccount(ADMIN)),
                delegatedAdmins,
                Outcome.ok(List.of(SecurityHubSnapshot.SERVICE_PRINCIPAL)),
                "r-f6g7");
        return new OrganizationContext(snapshot, Arrays.asList(adminSnapshots));
    }

    private static OrgAccount orgAccount(String id) {
        return new OrgAccount(id, "account-" + id, id + "@example.com", OrgAccount.ACTIVE, null, "Root", null, null);
    }
}
