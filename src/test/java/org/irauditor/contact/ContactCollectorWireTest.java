package org.irauditor.contact;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.ErrorKind;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.Fixtures;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real AccountClient against a stub of the Account Management REST API (POST /getAlternateContact). */
class ContactCollectorWireTest {

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
    void collectWhenContactIsSetShouldMapTheResponse() {
        // given
        stub(
                200,
                null,
                "{\"AlternateContact\":{\"AlternateContactType\":\"SECURITY\",\"EmailAddress\":"
                        + "\"security-operations@example.com\",\"Name\":\"Security Operations\",\"PhoneNumber\":"
                        + "\"+1 206 555 0100\",\"Title\":\"Incident response on call\"}}");

        // when
        ContactSnapshot snapshot = new ContactCollector().collect(scope());

        // then
        assertThat(snapshot).isEqualTo(Fixtures.read("contact/security-contact.json", ContactSnapshot.class));
        server.verify(postRequestedFor(urlPathEqualTo("/getAlternateContact"))
                .withRequestBody(containing("\"AlternateContactType\":\"SECURITY\"")));
    }

    @Test
    void collectWhenContactIsNotSetShouldKeepResourceNotFound() {
        // given
        stub(
                404,
                "ResourceNotFoundException",
                "{\"message\":\"No contact of the inputted alternate contact type found.\"}");

        // when
        ContactSnapshot snapshot = new ContactCollector().collect(scope());

        // then
        assertThat(snapshot.security().failedWith("ResourceNotFoundException")).isTrue();
        assertThat(snapshot.security().error().kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void collectWhenAccessIsDeniedShouldKeepTheReason() {
        // given
        stub(
                403,
                "AccessDeniedException",
                "{\"message\":\"User is not authorized to perform: account:GetAlternateContact\"}");

        // when
        ContactSnapshot snapshot = new ContactCollector().collect(scope());

        // then
        assertThat(snapshot.security().error().describe())
                .isEqualTo("GetAlternateContact failed: AccessDeniedException (access denied)");
    }

    private void stub(int status, String errorType, String body) {
        var response = aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
        if (errorType != null) {
            response = response.withHeader("x-amzn-ErrorType", errorType);
        }
        server.stubFor(post(urlPathEqualTo("/getAlternateContact")).willReturn(response));
    }

    private RegionScope scope() {
        return new RegionScope(session, "444455556666", "us-east-1", "aws", false, Set.of());
    }
}
