package org.irauditor.guardduty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.guardduty.GuardDutySnapshot.AdministratorAccount;
import org.irauditor.guardduty.GuardDutySnapshot.Detector;
import org.irauditor.guardduty.GuardDutySnapshot.Member;
import org.irauditor.guardduty.GuardDutySnapshot.OrganizationConfiguration;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.testing.Fixtures;

/** Builds GuardDuty snapshots and their organization from the REST-shaped fixtures in fixtures/guardduty. */
final class GuardDutyFixtures {

    static final String MANAGEMENT = "111122223333";
    static final String ADMIN = "777788889999";
    static final String MEMBER = "444455556666";
    static final String REMOVED_MEMBER = "555566667777";
    static final String REGION = "eu-west-1";
    static final String DETECTOR_ID = "12abc34d567e8fa901bc2d34e56789f0";
    static final Instant COLLECTED_AT = Instant.parse("2026-12-03T06:00:00Z");

    private GuardDutyFixtures() {}

    /** The ListDetectors body. */
    record DetectorIds(List<String> detectorIds) {}

    /** The ListMembers body. */
    record Members(List<Member> members) {}

    static Outcome<List<String>> detectorIds(String fixture) {
        return Outcome.ok(read(fixture, DetectorIds.class).detectorIds());
    }

    static Outcome<Detector> detector(String fixture) {
        return Outcome.ok(read(fixture, Detector.class));
    }

    static Outcome<AdministratorAccount> administrator(String fixture) {
        return Outcome.ok(read(fixture, AdministratorAccount.class));
    }

    static Outcome<List<Member>> members(String fixture) {
        return Outcome.ok(read(fixture, Members.class).members());
    }

    static Outcome<OrganizationConfiguration> organizationConfiguration(String fixture) {
        return Outcome.ok(read(fixture, OrganizationConfiguration.class));
    }

    static <T> Outcome<T> denied(String operation) {
        return Outcome.failed(denial(operation));
    }

    static ErrorReason denial(String operation) {
        return new ErrorReason(
                operation, "AccessDeniedException", "not authorized to perform guardduty", ErrorKind.ACCESS_DENIED);
    }

    /** A member account's snapshot: detector and administrator, no organization-only answers. */
    static GuardDutySnapshot memberView(String detector, String administrator) {
        return new GuardDutySnapshot(
                detectorIds("list-detectors.json"), detector(detector), administrator(administrator), null, null);
    }

    static GuardDutySnapshot withoutDetector() {
        return new GuardDutySnapshot(detectorIds("list-detectors-empty.json"), null, null, null, null);
    }

    /** The administrator's snapshot with its member list and organization configuration. */
    static GuardDutySnapshot adminView(
            Outcome<List<Member>> members, Outcome<OrganizationConfiguration> configuration) {
        return new GuardDutySnapshot(
                detectorIds("list-detectors.json"),
                detector("get-detector-enabled.json"),
                administrator("get-administrator-account-none.json"),
                members,
                configuration);
    }

    static RegionSnapshot region(String region, GuardDutySnapshot guardDuty) {
        return new RegionSnapshot(region, null, null, null, null, null, guardDuty, null, null);
    }

    static AccountSnapshot account(String accountId, RegionSnapshot... regions) {
        OrgAccount account = new OrgAccount(
                accountId, "account-" + accountId, null, OrgAccount.ACTIVE, null, "Root", Map.of(), null);
        return new AccountSnapshot(account, "aws", COLLECTED_AT, null, Arrays.asList(regions), List.of(), null, null);
    }

    /** An organization whose GuardDuty delegated administrator is {@link #ADMIN}, with the given audited admins. */
    static OrganizationContext organization(AccountSnapshot... adminSnapshots) {
        return organization(
                Outcome.ok(List.of(new DelegatedAdmin(GuardDutyCollector.PRINCIPAL, ADMIN))), adminSnapshots);
    }

    static OrganizationContext organization(
            Outcome<List<DelegatedAdmin>> delegatedAdmins, AccountSnapshot... adminSnapshots) {
        OrganizationSnapshot organization = new OrganizationSnapshot(
                "o-exampleorgid",
                MANAGEMENT,
                "aws",
                "us-east-1",
                COLLECTED_AT,
                List.of(),
                delegatedAdmins,
                Outcome.ok(List.of(GuardDutyCollector.PRINCIPAL)),
                "r-ab12");
        return new OrganizationContext(organization, Arrays.asList(adminSnapshots));
    }

    private static <T> T read(String fixture, Class<T> type) {
        return Fixtures.read("guardduty/" + fixture, type);
    }
}
