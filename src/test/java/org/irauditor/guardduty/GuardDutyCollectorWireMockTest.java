package org.irauditor.guardduty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.irauditor.guardduty.GuardDutyFixtures.ADMIN;
import static org.irauditor.guardduty.GuardDutyFixtures.DETECTOR_ID;
import static org.irauditor.guardduty.GuardDutyFixtures.MEMBER;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The GuardDuty calls moto lacks (member lists, organization configuration, protection plan features) through the
 * real SDK client against a stub serving the REST-shaped fixtures.
 */
class GuardDutyCollectorWireMockTest {

    private static final String REGION = "eu-west-1";
    private static final String DETECTOR = "/detector/" + DETECTOR_ID;

    private WireMockServer stub;
    private AwsClientFactory factory;
    private AccountSession session;

    @BeforeEach
    void startStub() {
        stub = new WireMockServer(
                WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        stub.start();
        URI endpoint = URI.create("http://127.0.0.1:" + stub.port());
        factory = new AwsClientFactory(
                new AuditProperties.Aws(endpoint, Duration.ofSeconds(20), Duration.ofSeconds(5), 1, 4));
        session = new AccountSession(factory, MotoServer.credentials(), REGION);
        stub.stubFor(get(urlPathEqualTo("/detector")).willReturn(okJson(fixture("list-detectors.json"))));
        stub.stubFor(get(urlPathEqualTo(DETECTOR)).willReturn(okJson(fixture("get-detector-enabled.json"))));
        stub.stubFor(get(urlPathEqualTo(DETECTOR + "/administrator"))
                .willReturn(okJson(fixture("get-administrator-account-none.json"))));
    }

    @AfterEach
    void stopStub() {
        session.close();
        factory.close();
        stub.stop();
    }

    @Test
    void collectWhenAccountAdministersGuardDutyShouldPageThroughMembersAndReadTheConfiguration() {
        // given: two pages of members
        stub.stubFor(get(urlPathEqualTo(DETECTOR + "/member"))
                .withQueryParam("nextToken", absent())
                .willReturn(okJson("{\"members\":[{\"accountId\":\"444455556666\",\"detectorId\":\"a1\","
                        + "\"relationshipStatus\":\"Enabled\"}],\"nextToken\":\"page-2\"}")));
        stub.stubFor(get(urlPathEqualTo(DETECTOR + "/member"))
                .withQueryParam("nextToken", equalTo("page-2"))
                .willReturn(okJson("{\"members\":[{\"accountId\":\"555566667777\",\"detectorId\":\"b2\","
                        + "\"relationshipStatus\":\"Removed\"}]}")));
        stub.stubFor(get(urlPathEqualTo(DETECTOR + "/admin"))
                .willReturn(okJson(fixture("describe-organization-configuration-all.json"))));

        // when
        GuardDutySnapshot snapshot = new GuardDutyCollector().collect(adminScope());

        // then
        assertThat(snapshot.members().value())
                .extracting(GuardDutySnapshot.Member::accountId, GuardDutySnapshot.Member::relationshipStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("444455556666", "Enabled"),
                        org.assertj.core.groups.Tuple.tuple("555566667777", "Removed"));
        assertThat(snapshot.organizationConfiguration().value().autoEnableOrganizationMembers())
                .isEqualTo("ALL");
        assertThat(snapshot.organizationConfiguration().value().features()).hasSize(6);
        assertThat(snapshot.detector().value().features())
                .filteredOn(f -> f.name().equals("RUNTIME_MONITORING"))
                .singleElement()
                .satisfies(f -> assertThat(f.additionalConfiguration()).hasSize(3));
        assertThat(snapshot.detector().value().dataSources().s3Logs().status()).isEqualTo("ENABLED");
        stub.verify(getRequestedFor(urlPathEqualTo(DETECTOR + "/member"))
                .withQueryParam("onlyAssociated", equalTo("false")));
    }

    @Test
    void collectedAdministratorWhenJoinedByTheChecksShouldCoverMembersAndPassAutoEnable() {
        // given
        stub.stubFor(get(urlPathEqualTo(DETECTOR + "/member")).willReturn(okJson(fixture("list-members.json"))));
        stub.stubFor(get(urlPathEqualTo(DETECTOR + "/admin"))
                .willReturn(okJson(fixture("describe-organization-configuration-new.json"))));
        GuardDutySnapshot collected = new GuardDutyCollector().collect(adminScope());
        AccountSnapshot admin = GuardDutyFixtures.account(ADMIN, GuardDutyFixtures.region(REGION, collected));
        RegionSnapshot memberRegion = GuardDutyFixtures.region(
                REGION,
                GuardDutyFixtures.memberView("get-detector-enabled.json", "get-administrator-account-enabled.json"));

        // when
        List<Verdict> membership = new GuardDutyMembershipCheck()
                .evaluate(
                        memberRegion,
                        GuardDutyFixtures.account(MEMBER, memberRegion),
                        GuardDutyFixtures.organization(admin));
        List<Verdict> autoEnable = new GuardDutyAutoEnableCheck().evaluate(GuardDutyFixtures.organization(admin));

        // then
        assertThat(membership).extracting(Verdict::status).containsExactly(Status.PASS);
        assertThat(autoEnable)
                .extracting(Verdict::message)
                .containsExactly("GuardDuty is enabled automatically for new organization accounts in eu-west-1.");
    }

    @Test
    void collectWhenOrganizationCallsAreRejectedShouldKeepEachErrorAndTheRest() {
        // given
        stub.stubFor(get(urlPathEqualTo(DETECTOR + "/member"))
                .willReturn(error(
                        400,
                        "BadRequestException",
                        "The request is rejected because the account is not" + " the GuardDuty administrator.")));
        stub.stubFor(get(urlPathEqualTo(DETECTOR + "/admin"))
                .willReturn(error(
                        403,
                        "AccessDeniedException",
                        "User is not authorized to perform" + " guardduty:DescribeOrganizationConfiguration")));

        // when
        GuardDutySnapshot snapshot = new GuardDutyCollector().collect(adminScope());

        // then
        assertThat(snapshot.detector().isOk()).isTrue();
        assertThat(snapshot.members().error().code()).isEqualTo("BadRequestException");
        assertThat(snapshot.organizationConfiguration().error().code()).isEqualTo("AccessDeniedException");
        assertThat(snapshot.organizationConfiguration().error().kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
        assertThat(new GuardDutyAutoEnableCheck()
                        .evaluate(GuardDutyFixtures.organization(
                                GuardDutyFixtures.account(ADMIN, GuardDutyFixtures.region(REGION, snapshot)))))
                .extracting(Verdict::message)
                .containsExactly("DescribeOrganizationConfiguration failed: AccessDeniedException (access denied)");
    }

    @Test
    void collectWhenAccountIsNotAnAdministratorShouldNotCallOrganizationApis() {
        // when
        GuardDutySnapshot snapshot =
                new GuardDutyCollector().collect(new RegionScope(session, MEMBER, REGION, "aws", false, Set.of()));

        // then
        assertThat(snapshot.members()).isNull();
        assertThat(snapshot.organizationConfiguration()).isNull();
        stub.verify(0, getRequestedFor(urlPathEqualTo(DETECTOR + "/member")));
        stub.verify(0, getRequestedFor(urlPathEqualTo(DETECTOR + "/admin")));
    }

    private RegionScope adminScope() {
        return new RegionScope(session, ADMIN, REGION, "aws", false, Set.of(GuardDutyCollector.PRINCIPAL));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(
            int status, String code, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", code)
                .withBody("{\"message\":\"" + message + "\",\"__type\":\"" + code + "\"}");
    }

    private static String fixture(String name) {
        try (InputStream in = GuardDutyCollectorWireMockTest.class.getResourceAsStream("/fixtures/guardduty/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
