package org.irauditor.incidentresponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Json;
import org.irauditor.incidentresponse.IncidentResponseSnapshot.Membership;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real SecurityIrClient against a stub of the Security Incident Response REST API (moto lacks it). */
class IncidentResponseCollectorWireTest {

    private static final String MEMBERSHIP_ID = "m-2b7f4c9e1a";

    private WireMockServer server;
    private AwsClientFactory factory;
    private AccountSession session;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        factory = new AwsClientFactory(new AuditProperties.Aws(
                URI.create("http://127.0.0.1:" + server.port()), Duration.ofSeconds(10), Duration.ofSeconds(5), 1, 4));
        session = new AccountSession(factory, MotoServer.credentials(), "us-east-1");
    }

    @AfterEach
    void stop() {
        session.close();
        factory.close();
        server.stop();
    }

    @Test
    void collectWhenAdministratorHasMembershipShouldReadItsDetails() throws Exception {
        // given
        stub(
                "/v1/memberships",
                200,
                null,
                "{\"items\":[{\"membershipId\":\"" + MEMBERSHIP_ID + "\",\"accountId\":"
                        + "\"777788889999\",\"region\":\"us-east-1\",\"membershipArn\":\"arn:aws:security-ir:us-east-1:"
                        + "777788889999:membership/" + MEMBERSHIP_ID + "\",\"membershipStatus\":\"ACTIVE\"}]}");
        stub(
                "/v1/membership/" + MEMBERSHIP_ID,
                200,
                null,
                "{\"membershipId\":\"" + MEMBERSHIP_ID + "\",\"accountId\":"
                        + "\"777788889999\",\"region\":\"us-east-1\",\"membershipName\":\"example-corp-incident-response\","
                        + "\"membershipArn\":\"arn:aws:security-ir:us-east-1:777788889999:membership/" + MEMBERSHIP_ID
                        + "\",\"membershipStatus\":\"ACTIVE\",\"membershipActivationTimestamp\":1768469400,"
                        + "\"customerType\":\"Standalone\",\"numberOfAccountsCovered\":9,"
                        + "\"membershipAccountsConfigurations\":{\"coverEntireOrganization\":true,\"organizationalUnits\":[]}}");

        // when
        IncidentResponseSnapshot snapshot =
                new IncidentResponseCollector().collect(scope(Set.of("security-ir.amazonaws.com")));

        // then
        Membership membership = snapshot.memberships().value().get(0);
        assertThat(membership.membershipName()).isEqualTo("example-corp-incident-response");
        assertThat(membership.membershipActivationTimestamp()).isEqualTo(Instant.parse("2026-01-15T09:30:00Z"));
        assertThat(membership.numberOfAccountsCovered()).isEqualTo(9L);
        assertThat(membership.membershipAccountsConfigurations().coverEntireOrganization())
                .isTrue();
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(snapshot), IncidentResponseSnapshot.class))
                .isEqualTo(snapshot);
    }

    @Test
    void collectWhenMembershipDetailIsDeniedShouldKeepTheListedMembership() {
        // given
        stub(
                "/v1/memberships",
                200,
                null,
                "{\"items\":[{\"membershipId\":\"" + MEMBERSHIP_ID + "\",\"accountId\":"
                        + "\"777788889999\",\"region\":\"us-east-1\",\"membershipStatus\":\"ACTIVE\"}]}");
        stub("/v1/membership/" + MEMBERSHIP_ID, 403, "AccessDeniedException", "{\"message\":\"not authorized\"}");

        // when
        IncidentResponseSnapshot snapshot =
                new IncidentResponseCollector().collect(scope(Set.of("security-ir.amazonaws.com")));

        // then
        assertThat(snapshot.memberships().value()).singleElement().satisfies(m -> {
            assertThat(m.membershipStatus()).isEqualTo("ACTIVE");
            assertThat(m.membershipName()).isNull();
        });
    }

    @Test
    void collectWhenListIsDeniedShouldKeepTheReason() {
        // given
        stub("/v1/memberships", 403, "AccessDeniedException", "{\"message\":\"not authorized\"}");

        // when
        IncidentResponseSnapshot snapshot =
                new IncidentResponseCollector().collect(scope(Set.of("security-ir.amazonaws.com")));

        // then
        assertThat(snapshot.memberships().error().describe())
                .isEqualTo("ListMemberships failed: AccessDeniedException (access denied)");
    }

    @Test
    void collectWhenAccountDoesNotAdministerTheServiceShouldNotCallIt() {
        // when
        IncidentResponseSnapshot snapshot = new IncidentResponseCollector().collect(scope(Set.of()));

        // then
        assertThat(snapshot.isCollected()).isFalse();
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    private void stub(String path, int status, String errorType, String body) {
        var response = aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
        if (errorType != null) {
            response = response.withHeader("x-amzn-ErrorType", errorType);
        }
        server.stubFor(any(urlPathEqualTo(path)).willReturn(response));
    }

    private RegionScope scope(Set<String> adminFor) {
        return new RegionScope(session, "777788889999", "us-east-1", "aws", false, adminFor);
    }
}
