package org.irauditor.incidentresponse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.core.Resource;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.incidentresponse.IncidentResponseSnapshot.AccountsConfiguration;
import org.irauditor.incidentresponse.IncidentResponseSnapshot.Membership;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.testing.Fixtures;
import org.junit.jupiter.api.Test;

class IncidentResponseMembershipCheckTest {

    private static final String MANAGEMENT = "111122223333";
    private static final String SECURITY = "777788889999";

    private final IncidentResponseMembershipCheck check = new IncidentResponseMembershipCheck();

    @Test
    void evaluateWhenMembershipCoversTheOrganizationShouldPass() {
        // given
        OrganizationContext organization = organization(holder(SECURITY, fixture("active-membership.json")));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .isEqualTo("AWS Security Incident Response membership example-corp-incident-response is active in"
                            + " us-east-1 and covers the entire organization");
            assertThat(v.resource())
                    .isEqualTo(new Resource(
                            "Other", "arn:aws:security-ir:us-east-1:777788889999:membership/m-2b7f4c9e1a"));
            assertThat(v.evidence())
                    .containsEntry("accountsCovered", "9")
                    .containsEntry("activatedAt", "2026-01-15T09:30:00Z")
                    .containsEntry("administrator", SECURITY);
        });
    }

    @Test
    void evaluateWhenMembershipCoversSomeUnitsShouldPassNamingTheirCount() {
        // given
        Membership membership = new Membership(
                "m-9c8b7a6d5e",
                SECURITY,
                "eu-west-1",
                null,
                "ACTIVE",
                null,
                null,
                null,
                new AccountsConfiguration(false, List.of("ou-ab12-prod0001", "ou-ab12-sec00001")));
        OrganizationContext organization =
                organization(holder(SECURITY, new IncidentResponseSnapshot(Outcome.ok(List.of(membership)))));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.message())
                    .isEqualTo("AWS Security Incident Response membership m-9c8b7a6d5e is active in eu-west-1 and"
                            + " covers 2 organizational units");
            assertThat(v.resource()).isNull();
        });
    }

    @Test
    void evaluateWhenOnlyCancelledMembershipShouldNotApply() {
        // given
        OrganizationContext organization = organization(holder(SECURITY, fixture("cancelled-membership.json")));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(v.message())
                    .isEqualTo("No AWS Security Incident Response membership is active in account 777788889999; the"
                            + " service is optional");
            assertThat(v.evidence()).containsEntry("memberships", "m-5d1e8a3b7c CANCELLED");
        });
    }

    @Test
    void evaluateWhenServiceWasNeverActivatedShouldNotApply() {
        // given
        ErrorReason notActive = new ErrorReason(
                "ListMemberships", "SecurityIncidentResponseNotActiveException", null, ErrorKind.UNEXPECTED);
        OrganizationContext organization =
                organization(holder(SECURITY, new IncidentResponseSnapshot(Outcome.failed(notActive))));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts)
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(Status.NOT_APPLICABLE));
    }

    @Test
    void evaluateWhenMembershipsCannotBeListedShouldBeUnknown() {
        // given
        OrganizationContext organization = organization(holder(SECURITY, fixture("denied.json")));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message()).isEqualTo("ListMemberships failed: AccessDeniedException (access denied)");
        });
    }

    @Test
    void evaluateWhenAdministratorWasNotAuditedShouldBeUnknown() {
        // given
        OrganizationContext organization = new OrganizationContext(
                snapshot(
                        Outcome.ok(List.of(new DelegatedAdmin(IncidentResponseMembershipCheck.SECURITY_IR, SECURITY)))),
                List.of());

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("The Security Incident Response administrator account 777788889999 was not audited");
        });
    }

    @Test
    void evaluateWhenNoDelegatedAdministratorAndManagementHoldsNoMembershipShouldNotApply() {
        // given
        OrganizationContext organization = new OrganizationContext(
                snapshot(Outcome.ok(List.of())),
                List.of(holder(MANAGEMENT, new IncidentResponseSnapshot(Outcome.ok(List.of())))));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(v.message())
                    .isEqualTo("No AWS Security Incident Response membership is active in account 111122223333; the"
                            + " service is optional");
            assertThat(v.evidence()).doesNotContainKey("memberships");
        });
    }

    @Test
    void evaluateWhenDelegatedAdministratorsCannotBeListedShouldBeUnknown() {
        // given
        ErrorReason denied =
                new ErrorReason("ListDelegatedAdministrators", "AccessDeniedException", null, ErrorKind.ACCESS_DENIED);
        OrganizationContext organization = new OrganizationContext(snapshot(Outcome.failed(denied)), List.of());

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts)
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("The Security Incident Response administrator account is unknown:"
                                + " ListDelegatedAdministrators failed: AccessDeniedException (access denied)"));
    }

    @Test
    void evaluateWhenMembershipsWereNotCollectedShouldBeUnknown() {
        // given
        OrganizationContext organization = organization(holder(SECURITY, null));

        // when
        List<Verdict> verdicts = check.evaluate(organization);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.UNKNOWN);
            assertThat(v.message())
                    .isEqualTo("Security Incident Response memberships were not collected in account 777788889999");
        });
    }

    private static IncidentResponseSnapshot fixture(String name) {
        return Fixtures.read("incidentresponse/" + name, IncidentResponseSnapshot.class);
    }

    private static AccountSnapshot holder(String id, IncidentResponseSnapshot incidentResponse) {
        OrgAccount account = new OrgAccount(id, "security-tooling", null, "ACTIVE", null, null, null, null);
        return new AccountSnapshot(
                account,
                "aws",
                Instant.parse("2026-12-03T02:00:00Z"),
                null,
                List.of(),
                List.of(),
                null,
                incidentResponse);
    }

    private static OrganizationContext organization(AccountSnapshot holder) {
        List<DelegatedAdmin> admins =
                List.of(new DelegatedAdmin(IncidentResponseMembershipCheck.SECURITY_IR, SECURITY));
        return new OrganizationContext(snapshot(Outcome.ok(admins)), List.of(holder));
    }

    private static OrganizationSnapshot snapshot(Outcome<List<DelegatedAdmin>> admins) {
        return new OrganizationSnapshot(
                "o-exampleorg1",
                MANAGEMENT,
                "aws",
                "us-east-1",
                Instant.parse("2026-12-03T02:00:00Z"),
                List.of(),
                admins,
                null,
                "r-ab12");
    }
}
