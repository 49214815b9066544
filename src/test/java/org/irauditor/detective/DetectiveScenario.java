package org.irauditor.detective;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.aws.AwsErrors;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.testing.Fixtures;

/** Builds the snapshots and organization the Detective check tests evaluate, from API-shaped fixtures. */
final class DetectiveScenario {

    static final String MANAGEMENT = "111122223333";
    static final String MEMBER = "444455556666";
    static final String ADMIN = "777788889999";
    static final String REGION = "us-east-1";
    static final String GRAPH = "arn:aws:detective:us-east-1:777788889999:graph:027c7c4610ea4aacaf0b883093cab899";
    static final Instant COLLECTED_AT = Instant.parse("2026-01-10T08:00:00Z");

    private DetectiveScenario() {}

    static <T> Outcome<T> ok(String fixture, Class<T> type) {
        return Outcome.ok(Fixtures.read("detective/" + fixture, type));
    }

    /** A failed call classified exactly as the collector would classify the AWS error. */
    static <T> Outcome<T> failed(String operation, String code, int httpStatus) {
        return Outcome.failed(new ErrorReason(operation, code, "", AwsErrors.kindOf(code, httpStatus)));
    }

    /** A member account's own view: it administers no graph, so ListGraphs is empty. */
    static DetectiveSnapshot memberView() {
        return new DetectiveSnapshot(ok("list-graphs-empty.json", DetectiveSnapshot.Graphs.class), null, null, null);
    }

    static DetectiveSnapshot administrator(
            Outcome<DetectiveSnapshot.Members> members,
            Outcome<DetectiveSnapshot.OrganizationConfiguration> configuration) {
        return new DetectiveSnapshot(
                ok("list-graphs-administrator.json", DetectiveSnapshot.Graphs.class), members, configuration, null);
    }

    static RegionSnapshot region(String name, DetectiveSnapshot detective) {
        return new RegionSnapshot(name, null, null, null, null, detective, null, null, null);
    }

    static AccountSnapshot account(String id, RegionSnapshot... regions) {
        return new AccountSnapshot(
                orgAccount(id), "aws", COLLECTED_AT, null, Arrays.asList(regions), List.of(), null, null);
    }

    /** The organization with 777788889999 as Detective delegated administrator and the given admin snapshots. */
    static OrganizationContext organization(AccountSnapshot... adminSnapshots) {
        return organization(
                Outcome.ok(List.of(new DelegatedAdmin(DetectiveSnapshot.SERVICE_PRINCIPAL, ADMIN))), adminSnapshots);
    }

    static OrganizationContext organization(
            Outcome<List<DelegatedAdmin>> delegatedAdmins, AccountSnapshot... adminSnapshots) {
        OrganizationSnapshot snapshot = new OrganizationSnapshot(
                "o-a1b2c3d4e5",
                MANAGEMENT,
                "aws",
                REGION,
                COLLECTED_AT,
                List.of(orgAccount(MANAGEMENT), orgAccount(MEMBER), orgAccount(ADMIN)),
                delegatedAdmins,
                Outcome.ok(List.of(DetectiveSnapshot.SERVICE_PRINCIPAL)),
                "r-f6g7");
        return new OrganizationContext(snapshot, Arrays.asList(adminSnapshots));
    }

    private static OrgAccount orgAccount(String id) {
        return new OrgAccount(id, "account-" + id, id + "@example.com", OrgAccount.ACTIVE, null, "Root", null, null);
    }
}
