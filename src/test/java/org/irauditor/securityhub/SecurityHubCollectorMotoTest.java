package org.irauditor.securityhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.Json;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * The Security Hub collector through the real SDK client against moto. Moto does not implement
 * GetEnabledStandards nor the finding aggregator calls: those must end as UNKNOWN with the reason, never as a
 * failed collection.
 */
class SecurityHubCollectorMotoTest {

    private static final String ACCOUNT = MotoServer.DEFAULT_ACCOUNT;
    private static final String MEMBER = "111111111111";
    private static final String REGION = "us-east-1";

    private MotoServer moto;
    private AwsClientFactory factory;
    private AccountSession session;

    @BeforeEach
    void connect() {
        moto = MotoServer.get();
        factory = new AwsClientFactory(
                new AuditProperties.Aws(moto.endpoint(), Duration.ofSeconds(30), Duration.ofSeconds(10), 2, 4));
        session = new AccountSession(factory, MotoServer.credentials(), REGION);
    }

    @AfterEach
    void close() {
        session.close();
        factory.close();
    }

    private RegionScope scope(boolean administers) {
        return new RegionScope(
                session,
                ACCOUNT,
                REGION,
                "aws",
                administers,
                administers ? Set.of(SecurityHubSnapshot.SERVICE_PRINCIPAL) : Set.of());
    }

    @Test
    void collectWhenSecurityHubWasNeverEnabledShouldFailTheHubCheckNotLeaveItUnknown() {
        // given: a fresh account

        // when
        SecurityHubSnapshot snapshot = new SecurityHubCollector().collect(scope(false));
        List<Verdict> verdicts = new SecurityHubEnabledCheck().evaluate(region(snapshot), account(snapshot), context());

        // then
        assertThat(snapshot.hub().error().code()).isEqualTo("InvalidAccessException");
        assertThat(snapshot.hub().error().kind()).isEqualTo(ErrorKind.NOT_ENABLED);
        assertThat(snapshot.enabledStandards()).isNull();
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("Security Hub is not enabled in this region.");
        });
    }

    @Test
    void collectInTheAdministratorShouldReadHubConfigurationAndMembers() throws Exception {
        // given: an organization whose management account is its own Security Hub administrator
        session.organizations().createOrganization(r -> r.featureSet(OrganizationFeatureSet.ALL));
        SecurityHubClient client = session.securityHub(REGION);
        client.enableSecurityHub(r -> r.enableDefaultStandards(true));
        client.enableOrganizationAdminAccount(r -> r.adminAccountId(ACCOUNT));
        client.updateOrganizationConfiguration(r -> r.autoEnable(true));
        client.createMembers(r -> r.accountDetails(d -> d.accountId(MEMBER).email("member@example.com")));

        // when
        SecurityHubSnapshot collected = new SecurityHubCollector().collect(scope(true));
        SecurityHubSnapshot snapshot =
                Json.mapper().readValue(Json.mapper().writeValueAsString(collected), SecurityHubSnapshot.class);

        // then
        assertThat(snapshot).isEqualTo(collected);
        assertThat(snapshot.hub().value().hubArn()).isEqualTo("arn:aws:securityhub:us-east-1:123456789012:hub/default");
        assertThat(snapshot.organizationConfiguration().value().autoEnable()).isTrue();
        assertThat(snapshot.members().value().members())
                .singleElement()
                .satisfies(m -> assertThat(m.accountId()).isEqualTo(MEMBER));
        // moto lacks these operations; AWS answers them
        assertThat(snapshot.enabledStandards().isFailed()).isTrue();
        assertThat(snapshot.findingAggregators().isFailed()).isTrue();
        assertThat(evaluateOrganization(snapshot)).containsExactly(Status.PASS, Status.PASS, Status.UNKNOWN);
    }

    @Test
    void collectInAMemberShouldSkipTheOrganizationCalls() {
        // given
        session.securityHub(REGION).enableSecurityHub(r -> r.enableDefaultStandards(false));

        // when
        SecurityHubSnapshot snapshot = new SecurityHubCollector().collect(scope(false));

        // then
        assertThat(snapshot.hub().isOk()).isTrue();
        assertThat(snapshot.administrator()).isNotNull();
        assertThat(snapshot.organizationConfiguration()).isNull();
        assertThat(snapshot.members()).isNull();
        assertThat(snapshot.findingAggregators()).isNull();
    }

    /** Hub, auto-enable and standards verdicts of the administrator itself. */
    private static List<Status> evaluateOrganization(SecurityHubSnapshot snapshot) {
        RegionSnapshot region = region(snapshot);
        AccountSnapshot account = account(snapshot);
        OrganizationContext organization = context(account);
        Verdict hub = new SecurityHubEnabledCheck()
                .evaluate(region, account, organization)
                .get(0);
        Verdict autoEnable =
                new SecurityHubAutoEnableCheck().evaluate(organization).get(0);
        Verdict standards = new SecurityHubStandardsCheck()
                .evaluate(region, account, organization)
                .get(0);
        return List.of(hub.status(), autoEnable.status(), standards.status());
    }

    private static RegionSnapshot region(SecurityHubSnapshot snapshot) {
        return new RegionSnapshot(REGION, null, null, null, snapshot, null, null, null, null);
    }

    private static AccountSnapshot account(SecurityHubSnapshot snapshot) {
        return new AccountSnapshot(
                new OrgAccount(ACCOUNT, "moto", null, OrgAccount.ACTIVE, null, null, null, null),
                "aws",
                Instant.parse("2026-01-10T08:00:00Z"),
                null,
                List.of(region(snapshot)),
                List.of(),
                null,
                null);
    }

    private static OrganizationContext context(AccountSnapshot... admins) {
        OrganizationSnapshot organization = new OrganizationSnapshot(
                "o-moto",
                ACCOUNT,
                "aws",
                REGION,
                Instant.parse("2026-01-10T08:00:00Z"),
                List.of(),
                Outcome.ok(List.of(new DelegatedAdmin(SecurityHubSnapshot.SERVICE_PRINCIPAL, ACCOUNT))),
                Outcome.ok(List.of()),
                null);
        return new OrganizationContext(organization, List.of(admins));
    }
}
