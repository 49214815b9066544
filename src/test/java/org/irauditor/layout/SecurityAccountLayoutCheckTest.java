package org.irauditor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SecurityAccountLayoutCheckTest {

    private static final String MANAGEMENT = "111122223333";

    private final SecurityAccountLayoutCheck check = new SecurityAccountLayoutCheck();

    @Test
    void evaluateWhenOneMemberAccountAdministersEveryServiceShouldPassEach() {
        // given
        OrganizationContext organization = organization(Outcome.ok(fixture("security-account.json")), List.of());

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).extracting(Verdict::status).containsOnly(Status.PASS);
        assertThat(verdicts)
                .extracting(Verdict::message)
                .containsExactly(
                        "Security Hub is administered by the security account 777788889999 (security-tooling)",
                        "GuardDuty is administered by the security account 777788889999 (security-tooling)",
                        "AWS Config is administered by the security account 777788889999 (security-tooling)",
                        "Detective is administered by the security account 777788889999 (security-tooling)");
        assertThat(verdicts.get(2).resource()).isEqualTo(new Resource("Other", "config.amazonaws.com"));
        assertThat(verdicts.get(2).evidence())
                .containsEntry("servicePrincipal", "config.amazonaws.com, config-multiaccountsetup.amazonaws.com")
                .containsEntry("administrator", "777788889999");
    }

    @Test
    void evaluateWhenServicesAreSplitOrMissingShouldFailThoseServices() {
        // given: Access Analyzer is used (registered), Detective has no administrator
        OrganizationContext organization = organization(Outcome.ok(fixture("split-layout.json")), List.of());

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts)
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(
                        tuple(
                                Status.PASS,
                                "Security Hub is administered by the security account 777788889999 (security-tooling)"),
                        tuple(
                                Status.FAIL,
                                "GuardDuty is administered by account 222233334444 (log-archive), not by the security"
                                        + " account 777788889999 (security-tooling) that administers most security"
                                        + " services"),
                        tuple(
                                Status.FAIL,
                                "AWS Config is administered by different accounts: config.amazonaws.com by"
                                        + " 777788889999, config-multiaccountsetup.amazonaws.com by 222233334444"),
                        tuple(Status.FAIL, "Detective has no delegated administrator account"),
                        tuple(
                                Status.PASS,
                                "IAM Access Analyzer is administered by the security account 777788889999"
                                        + " (security-tooling)"));
    }

    @Test
    void evaluateWhenAccessAnalyzerIsTrustedWithoutAdministratorShouldFailIt() {
        // given
        OrganizationContext organization =
                organization(Outcome.ok(fixture("security-account.json")), List.of("access-analyzer.amazonaws.com"));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).hasSize(5);
        assertThat(verdicts.get(4).status()).isEqualTo(Status.FAIL);
        assertThat(verdicts.get(4).message()).isEqualTo("IAM Access Analyzer has no delegated administrator account");
    }

    @Test
    void evaluateWhenManagementAccountAdministersAServiceShouldFailIt() {
        // given
        List<DelegatedAdmin> admins = List.of(
                new DelegatedAdmin("securityhub.amazonaws.com", MANAGEMENT),
                new DelegatedAdmin("guardduty.amazonaws.com", "777788889999"));
        OrganizationContext organization = organization(Outcome.ok(admins), List.of());

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts.get(0).status()).isEqualTo(Status.FAIL);
        assertThat(verdicts.get(0).message())
                .isEqualTo("Security Hub is administered by the management account 111122223333, not by a member"
                        + " security account");
        assertThat(verdicts.get(1).message())
                .isEqualTo("GuardDuty is administered by the security account 777788889999 (security-tooling)");
    }

    @Test
    void evaluateWhenTwoAccountsAdministerAsManyServicesShouldPreferTheSecurityHubAdministrator() {
        // given
        List<DelegatedAdmin> admins = List.of(
                new DelegatedAdmin("detective.amazonaws.com", "222233334444"),
                new DelegatedAdmin("config.amazonaws.com", "222233334444"),
                new DelegatedAdmin("securityhub.amazonaws.com", "777788889999"),
                new DelegatedAdmin("guardduty.amazonaws.com", "777788889999"));
        OrganizationContext organization = organization(Outcome.ok(admins), List.of());

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts)
                .extracting(Verdict::status)
                .containsExactly(Status.PASS, Status.PASS, Status.FAIL, Status.FAIL);
        assertThat(verdicts.get(0).evidence()).containsEntry("securityAccount", "777788889999");
    }

    @Test
    void evaluateWhenDelegatedAdministratorsCannotBeListedShouldBeUnknownForEachService() {
        // given
        ErrorReason denied =
                new ErrorReason("ListDelegatedAdministrators", "AccessDeniedException", null, ErrorKind.ACCESS_DENIED);
        OrganizationContext organization = organization(Outcome.failed(denied), List.of());

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).hasSize(4).extracting(Verdict::status).containsOnly(Status.UNKNOWN);
        assertThat(verdicts.get(0).message())
                .isEqualTo("The delegated administrator of Security Hub is unknown: ListDelegatedAdministrators"
                        + " failed: AccessDeniedException (access denied)");
        assertThat(verdicts.get(0).resource()).isEqualTo(new Resource("Other", "securityhub.amazonaws.com"));
    }

    @Test
    void evaluateWhenNoDelegatedAdministratorIsRegisteredShouldFailEachService() {
        // given
        OrganizationContext organization = organization(Outcome.ok(List.of()), List.of());

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts)
                .extracting(Verdict::message)
                .containsExactly(
                        "Security Hub has no delegated administrator account",
                        "GuardDuty has no delegated administrator account",
                        "AWS Config has no delegated administrator account",
                        "Detective has no delegated administrator account");
        assertThat(verdicts.get(0).evidence()).doesNotContainKey("securityAccount");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    /** Joins ListDelegatedAdministrators with each account's ListDelegatedServicesForAccount, as discovery does. */
    private static List<DelegatedAdmin> fixture(String name) {
        Response response = Fixtures.read("layout/" + name, Response.class);
        return response.administrators().stream()
                .flatMap(a -> a.services().stream().map(s -> new DelegatedAdmin(s.principal(), a.id())))
                .toList();
    }

    private static OrganizationContext organization(Outcome<List<DelegatedAdmin>> admins, List<String> trusted) {
        List<OrgAccount> accounts = List.of(
                new OrgAccount(MANAGEMENT, "management", null, "ACTIVE", null, null, null, null),
                new OrgAccount("777788889999", "security-tooling", null, "ACTIVE", null, null, null, null),
                new OrgAccount("222233334444", "log-archive", null, "ACTIVE", null, null, null, null));
        OrganizationSnapshot snapshot = new OrganizationSnapshot(
                "o-exampleorg1",
                MANAGEMENT,
                "aws",
                "us-east-1",
                Instant.parse("2026-12-03T02:00:00Z"),
                accounts,
                admins,
                Outcome.ok(trusted),
                "r-ab12");
        return new OrganizationContext(snapshot, List.of());
    }

    private record Response(
            @JsonProperty("DelegatedAdministrators") List<Administrator> administrators) {}

    private record Administrator(
            @JsonProperty("Id") String id,
            @JsonProperty("DelegatedServices") List<Service> services) {}

    private record Service(@JsonProperty("ServicePrincipal") String principal) {}
}
