package org.irauditor.securityhub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.audit.RegionalCheck;
import org.irauditor.core.Json;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.detective.DetectiveAutoEnableCheck;
import org.irauditor.detective.DetectiveBehaviorGraphCheck;
import org.irauditor.detective.DetectiveMembershipCheck;
import org.irauditor.detective.DetectiveSandbox;
import org.irauditor.detective.DetectiveSnapshot;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Security Hub and Detective traits of the built-in sandbox organization, evaluated by the real checks: the
 * administrator's member lists agree with the other accounts' traits, and the checks pass in some accounts and
 * fail in others.
 */
class SecurityHubSandboxTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");

    private static SandboxOrganization sandbox;
    private static Map<String, AccountSnapshot> accounts;
    private static OrganizationContext organization;

    @BeforeAll
    static void auditTheSandbox() throws IOException {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).build();
        try (InputStream in = SecurityHubSandboxTest.class.getResourceAsStream("/sandbox/organization.yml")) {
            sandbox = yaml.readValue(in, SandboxOrganization.class);
        }
        accounts = new LinkedHashMap<>();
        sandbox.accounts().stream()
                .filter(a -> "ACTIVE".equals(a.state()))
                .forEach(a -> accounts.put(a.id(), snapshot(a)));
        List<DelegatedAdmin> admins = sandbox.delegatedAdmins().entrySet().stream()
                .map(e -> new DelegatedAdmin(e.getKey(), e.getValue()))
                .toList();
        OrganizationSnapshot snapshot = new OrganizationSnapshot(
                sandbox.organizationId(),
                sandbox.managementAccountId(),
                sandbox.partition(),
                sandbox.homeRegion(),
                NOW,
                accounts.values().stream().map(AccountSnapshot::account).toList(),
                Outcome.ok(admins),
                Outcome.ok(List.of()),
                null);
        organization = new OrganizationContext(
                snapshot, List.of(accounts.get(sandbox.managementAccountId()), accounts.get("777788889999")));
    }

    /** Each region's snapshots as the job would carry them: through JSON. */
    private static AccountSnapshot snapshot(SandboxAccount account) {
        List<RegionSnapshot> regions = new ArrayList<>();
        for (String region : sandbox.regions()) {
            if (!account.disabledRegions().contains(region)) {
                regions.add(new RegionSnapshot(
                        region,
                        null,
                        null,
                        null,
                        roundTrip(SecurityHubSandbox.snapshot(account, region, sandbox), SecurityHubSnapshot.class),
                        roundTrip(DetectiveSandbox.snapshot(account, region, sandbox), DetectiveSnapshot.class),
                        null,
                        null,
                        null));
            }
        }
        OrgAccount orgAccount = new OrgAccount(
                account.id(), account.name(), account.email(), account.state(), null, account.ou(), null, null);
        return new AccountSnapshot(orgAccount, sandbox.partition(), NOW, null, regions, List.of(), null, null);
    }

    private static <T> T roundTrip(T value, Class<T> type) {
        try {
            T copy = Json.mapper().readValue(Json.mapper().writeValueAsString(value), type);
            assertThat(copy).isEqualTo(value);
            return copy;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Verdict> evaluate(RegionalCheck check, String accountId) {
        AccountSnapshot account = accounts.get(accountId);
        List<Verdict> verdicts = new ArrayList<>();
        account.regions().forEach(r -> verdicts.addAll(check.evaluate(r, account, organization)));
        return verdicts;
    }

    private static List<Status> statuses(RegionalCheck check, String accountId) {
        return evaluate(check, accountId).stream()
                .map(Verdict::status)
                .distinct()
                .toList();
    }

    @Test
    void readyAccountsShouldPassEverySecurityHubAndDetectiveCheck() {
        for (String id : List.of("111122223333", "444455556666", "222233334444", "333344445555", "777788889999")) {
            assertThat(statuses(new SecurityHubEnabledCheck(), id)).as(id).containsExactly(Status.PASS);
            assertThat(statuses(new SecurityHubStandardsCheck(), id)).as(id).containsExactly(Status.PASS);
            assertThat(statuses(new SecurityHubAdministratorCheck(), id)).as(id).containsExactly(Status.PASS);
            assertThat(statuses(new DetectiveMembershipCheck(), id)).as(id).containsExactly(Status.PASS);
        }
    }

    @Test
    void noStandardsAndAcceptedButDisabledTraitsShouldFailThoseChecksOnly() {
        String webProd = "555566667777";
        assertThat(statuses(new SecurityHubEnabledCheck(), webProd)).containsExactly(Status.PASS);
        assertThat(statuses(new SecurityHubAdministratorCheck(), webProd)).containsExactly(Status.PASS);
        assertThat(evaluate(new SecurityHubStandardsCheck(), webProd))
                .extracting(Verdict::message)
                .containsOnly("No Security Hub standard is enabled in this region.");
        assertThat(evaluate(new DetectiveMembershipCheck(), webProd))
                .allSatisfy(v -> assertThat(v.message())
                        .contains("ACCEPTED_BUT_DISABLED")
                        .contains("GuardDuty"));
    }

    @Test
    void missingAndNotMemberTraitsShouldFailEveryAccountLevelCheck() {
        String devSandbox = "666677778888";
        assertThat(evaluate(new SecurityHubEnabledCheck(), devSandbox))
                .extracting(Verdict::message)
                .containsOnly("Security Hub is not enabled in this region.");
        assertThat(statuses(new SecurityHubStandardsCheck(), devSandbox)).containsExactly(Status.FAIL);
        assertThat(evaluate(new SecurityHubAdministratorCheck(), devSandbox))
                .extracting(Verdict::message)
                .containsOnly("This account is not a member of the Security Hub administrator account 777788889999.");
        assertThat(evaluate(new DetectiveMembershipCheck(), devSandbox))
                .extracting(Verdict::message)
                .containsOnly("This account is not a member of the Detective behavior graph of the administrator "
                        + "account 777788889999.");
    }

    @Test
    void organizationChecksShouldPassInEveryRegionOfTheAdministratorButTheUnaggregatedOne() {
        assertThat(new SecurityHubAutoEnableCheck().evaluate(organization))
                .hasSize(sandbox.regions().size())
                .extracting(Verdict::status)
                .containsOnly(Status.PASS);
        // the security account's aggregator leaves eu-central-1 unlinked
        assertThat(new SecurityHubFindingAggregatorCheck().evaluate(organization))
                .extracting(Verdict::status)
                .containsExactly(Status.FAIL);
        assertThat(new DetectiveBehaviorGraphCheck().evaluate(organization))
                .hasSize(sandbox.regions().size())
                .extracting(Verdict::status)
                .containsOnly(Status.PASS);
        assertThat(new DetectiveAutoEnableCheck().evaluate(organization))
                .extracting(Verdict::status)
                .containsOnly(Status.PASS);
    }

    @Test
    void managementAccountShouldSeeTheDetectiveAdministratorsGraphInEveryRegion() {
        AccountSnapshot management = accounts.get(sandbox.managementAccountId());
        AccountSnapshot admin = accounts.get("777788889999");
        for (RegionSnapshot region : management.regions()) {
            String adminGraph = admin.region(region.region())
                    .orElseThrow()
                    .detective()
                    .graphs()
                    .value()
                    .graphList()
                    .get(0)
                    .arn();
            assertThat(region.detective().organizationAdmins().value().administrators())
                    .singleElement()
                    .satisfies(a -> {
                        assertThat(a.accountId()).isEqualTo("777788889999");
                        assertThat(a.graphArn()).isEqualTo(adminGraph);
                    });
        }
    }
}
