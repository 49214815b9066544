package org.irauditor.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.Outcome;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SecurityContactCheckTest {

    private final SecurityContactCheck check = new SecurityContactCheck();

    @Test
    void evaluateWhenSecurityContactIsSetShouldPass() {
        // given
        AccountSnapshot account = account(Fixtures.read("contact/security-contact.json", ContactSnapshot.class));

        // when
        List<Verdict> verdicts = check.evaluate(account, organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message()).isEqualTo("A security alternate contact is set for the account");
            assertThat(v.evidence())
                    .containsEntry("name", "Security Operations")
                    .containsEntry("email", "security-operations@example.com")
                    .doesNotContainKey("phone");
        });
    }

    @Test
    void evaluateWhenNoSecurityContactIsSetShouldFail() {
        // given
        AccountSnapshot account = account(Fixtures.read("contact/not-set.json", ContactSnapshot.class));

        // when
        List<Verdict> verdicts = check.evaluate(account, organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.FAIL);
            assertThat(v.message()).isEqualTo("No security alternate contact is set for the account");
        });
    }

    @Test
    void evaluateWhenContactCannotBeReadShouldBeUnknown() {
        // given
        AccountSnapshot account = account(Fixtures.read("contact/denied.json", ContactSnapshot.class));

        // when
        List<Verdict> verdicts = check.evaluate(account, organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("GetAlternateContact failed: AccessDeniedException (access denied)");
            assertThat(v.evidence()).containsEntry("errorCode", "AccessDeniedException");
        });
    }

    @Test
    void evaluateWhenContactWasNotCollectedShouldBeUnknown() {
        // when
        List<Verdict> verdicts = check.evaluate(account(null), organization());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("The security alternate contact was not collected");
        });
    }

    @Test
    void evaluateWhenResponseHasNoContactShouldFail() {
        // given
        AccountSnapshot account = account(Fixtures.parse("{\"AlternateContact\":{}}", ContactSnapshot.class));

        // when
        List<Verdict> verdicts = check.evaluate(account, organization());

        // then
        assertThat(verdicts)
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(Status.FAIL));
    }

    private static AccountSnapshot account(ContactSnapshot contact) {
        OrgAccount account = new OrgAccount("444455556666", "payments-prod", null, "ACTIVE", null, null, null, null);
        return new AccountSnapshot(
                account, "aws", Instant.parse("2026-12-03T02:00:00Z"), null, List.of(), List.of(), contact, null);
    }

    private static OrganizationContext organization() {
        return new OrganizationContext(
                new OrganizationSnapshot(
                        "o-exampleorg1",
                        "111122223333",
                        "aws",
                        "us-east-1",
                        Instant.parse("2026-12-03T02:00:00Z"),
                        List.of(),
                        Outcome.ok(List.of()),
                        null,
                        "r-ab12"),
                List.of());
    }
}
