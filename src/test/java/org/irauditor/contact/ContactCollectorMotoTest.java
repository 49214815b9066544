package org.irauditor.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.account.model.AlternateContactType;

class ContactCollectorMotoTest {

    private AwsClientFactory factory;
    private AccountSession session;

    @BeforeEach
    void startSession() {
        MotoServer moto = MotoServer.get();
        factory = new AwsClientFactory(
                new AuditProperties.Aws(moto.endpoint(), Duration.ofSeconds(30), Duration.ofSeconds(10), 1, 4));
        session = new AccountSession(factory, MotoServer.credentials(), "us-east-1");
    }

    @AfterEach
    void closeSession() {
        session.close();
        factory.close();
    }

    @Test
    void collectWhenSecurityContactIsSetShouldReadIt() {
        // given
        session.account()
                .putAlternateContact(r -> r.alternateContactType(AlternateContactType.SECURITY)
                        .name("Security Operations")
                        .title("Incident response on call")
                        .emailAddress("security-operations@example.com")
                        .phoneNumber("+1 206 555 0100"));

        // when
        ContactSnapshot snapshot = new ContactCollector().collect(scope());

        // then
        assertThat(snapshot.security().value().emailAddress()).isEqualTo("security-operations@example.com");
        assertThat(snapshot.security().value().alternateContactType()).isEqualTo("SECURITY");
    }

    @Test
    void collectWhenOnlyBillingContactIsSetShouldReportSecurityContactNotFound() {
        // given
        session.account()
                .putAlternateContact(r -> r.alternateContactType(AlternateContactType.BILLING)
                        .name("Finance")
                        .title("Accounts payable")
                        .emailAddress("finance@example.com")
                        .phoneNumber("+1 206 555 0199"));

        // when
        ContactSnapshot snapshot = new ContactCollector().collect(scope());

        // then
        assertThat(snapshot.security().failedWith("ResourceNotFoundException")).isTrue();
    }

    private RegionScope scope() {
        return new RegionScope(session, MotoServer.DEFAULT_ACCOUNT, "us-east-1", "aws", false, Set.of());
    }
}
