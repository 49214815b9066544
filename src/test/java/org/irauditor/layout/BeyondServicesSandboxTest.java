package org.irauditor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.contact.ContactSandbox;
import org.irauditor.contact.SecurityContactCheck;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.Json;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.incidentresponse.IncidentResponseMembershipCheck;
import org.irauditor.incidentresponse.IncidentResponseSandbox;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.routing.FindingsRoutingCheck;
import org.irauditor.routing.RoutingSandbox;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The routing, contact, incident response and layout checks on the built-in sandbox organization, and their
 * metadata validated as the catalogue does at start-up.
 */
class BeyondServicesSandboxTest {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static SandboxOrganization sandbox;
    private static OrganizationContext organization;

    @BeforeAll
    static void load() throws IOException {
        sandbox = read("/sandbox/organization.yml", new TypeReference<SandboxOrganization>() {});
        List<AccountSnapshot> snapshots = sandbox.accounts().stream()
                .map(BeyondServicesSandboxTest::snapshot)
                .toList();
        organization = new OrganizationContext(organizationSnapshot(), snapshots);
    }

    @Test
    void catalogueShouldAcceptTheMetadataOfTheseChecks() throws IOException {
        // given
        List<CheckMetadata> entries = new ArrayList<>();
        for (String file : List.of("routing", "contact", "incidentresponse", "layout")) {
            entries.addAll(read("/checks/" + file + ".yml", new TypeReference<List<CheckMetadata>>() {}));
        }

        // when
        CheckCatalog catalog = CheckCatalog.of(
                entries,
                List.of(
                        new FindingsRoutingCheck(),
                        new SecurityContactCheck(),
                        new IncidentResponseMembershipCheck(),
                        new SecurityAccountLayoutCheck()));

        // then
        assertThat(catalog.organizationChecks()).hasSize(3);
        assertThat(catalog.accountChecks()).hasSize(1);
    }

    @Test
    void routingShouldPassWhereFindingsAreAggregatedAndFailInTheUnlinkedRegion() {
        // when
        List<Verdict> verdicts = new FindingsRoutingCheck().evaluate(organization);

        // then the security account links every region but eu-central-1 to its aggregator
        assertThat(verdicts)
                .hasSize(sandbox.regions().size())
                .extracting(Verdict::status)
                .containsExactly(Status.PASS, Status.PASS, Status.FAIL);
        assertThat(verdicts.get(0).message())
                .isEqualTo("EventBridge rule securityhub-findings-to-response in us-east-1 routes Security Hub findings"
                        + " to arn:aws:lambda:us-east-1:777788889999:function:security-finding-responder,"
                        + " arn:aws:sns:us-east-1:777788889999:security-findings");
        assertThat(verdicts.get(1).message())
                .startsWith("Security Hub findings in eu-west-1 are aggregated to us-east-1");
    }

    @Test
    void contactShouldPassWhereSetAndFailWhereMissing() {
        // when
        Map<String, Status> byAccount = new TreeMap<>();
        organization
                .adminSnapshots()
                .forEach(a -> byAccount.put(
                        a.accountId(),
                        new SecurityContactCheck()
                                .evaluate(a, organization)
                                .get(0)
                                .status()));

        // then
        assertThat(byAccount).containsEntry("666677778888", Status.FAIL).containsEntry("777788889999", Status.PASS);
    }

    @Test
    void incidentResponseShouldReportTheSecurityAccountMembership() {
        // when
        List<Verdict> verdicts = new IncidentResponseMembershipCheck().evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("AWS Security Incident Response membership sandbox-incident-response is active in"
                            + " us-east-1 and covers the entire organization");
        });
    }

    @Test
    void layoutShouldPassForTheSecurityAccountAndFailTheSplitAccessAnalyzer() {
        // when
        List<Verdict> verdicts = new SecurityAccountLayoutCheck().evaluate(organization);

        // then the four services of the security account pass; Access Analyzer, run from log-archive, does not
        assertThat(verdicts).hasSize(5);
        assertThat(verdicts).filteredOn(v -> v.status() == Status.PASS).hasSize(4);
        assertThat(verdicts)
                .filteredOn(v -> v.status() == Status.FAIL)
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("IAM Access Analyzer"));
    }

    @Test
    void sandboxSnapshotsShouldSurviveTheJsonRoundTripBetweenSteps() throws IOException {
        for (AccountSnapshot account : organization.adminSnapshots()) {
            // when
            String json = Json.mapper().writeValueAsString(account);

            // then
            assertThat(Json.mapper().readValue(json, AccountSnapshot.class)).isEqualTo(account);
        }
    }

    private static AccountSnapshot snapshot(SandboxAccount account) {
        List<RegionSnapshot> regions = sandbox.regions().stream()
                .filter(r -> !account.disabledRegions().contains(r))
                .map(r -> new RegionSnapshot(
                        r, null, null, null, null, null, null, null, RoutingSandbox.snapshot(account, r, sandbox)))
                .toList();
        OrgAccount orgAccount = new OrgAccount(
                account.id(), account.name(), account.email(), account.state(), null, account.ou(), null, null);
        return new AccountSnapshot(
                orgAccount,
                sandbox.partition(),
                Instant.parse("2026-12-03T02:00:00Z"),
                null,
                regions,
                List.of(),
                ContactSandbox.snapshot(account, sandbox),
                IncidentResponseSandbox.snapshot(account, sandbox));
    }

    private static OrganizationSnapshot organizationSnapshot() {
        List<DelegatedAdmin> admins = sandbox.delegatedAdmins().entrySet().stream()
                .map(e -> new DelegatedAdmin(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(DelegatedAdmin::servicePrincipal))
                .toList();
        List<OrgAccount> accounts = sandbox.accounts().stream()
                .map(a -> new OrgAccount(a.id(), a.name(), a.email(), a.state(), null, a.ou(), null, null))
                .toList();
        return new OrganizationSnapshot(
                sandbox.organizationId(),
                sandbox.managementAccountId(),
                sandbox.partition(),
                sandbox.homeRegion(),
                Instant.parse("2026-12-03T02:00:00Z"),
                accounts,
                Outcome.ok(admins),
                Outcome.ok(List.of()),
                "r-sbx1");
    }

    private static <T> T read(String resource, TypeReference<T> type) throws IOException {
        try (InputStream in = BeyondServicesSandboxTest.class.getResourceAsStream(resource)) {
            return YAML.readValue(in, type);
        }
    }
}
