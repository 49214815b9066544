package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.irauditor.cloudtrail.CloudTrailFixtures.MANAGEMENT;
import static org.irauditor.cloudtrail.CloudTrailFixtures.MEMBER;
import static org.irauditor.cloudtrail.CloudTrailFixtures.account;
import static org.irauditor.cloudtrail.CloudTrailFixtures.management;
import static org.irauditor.cloudtrail.CloudTrailFixtures.organization;
import static org.irauditor.cloudtrail.CloudTrailFixtures.region;

import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class LakeEventDataStoreCheckTest {

    private final LakeEventDataStoreCheck check = new LakeEventDataStoreCheck();

    private List<Verdict> evaluate(String fixture, OrganizationContext organization) {
        return check.evaluate(account(MEMBER, region("eu-west-1", fixture)), organization);
    }

    private static AccountSnapshot managementWithoutStores() {
        return account(MANAGEMENT, region("us-east-1", "empty.json"));
    }

    @Test
    void evaluateWhenManagementCannotListStoresShouldBeUnknownForMembers() {
        // given the member has no store of its own and the management account's listing failed
        OrganizationContext organization =
                organization(account(MANAGEMENT, region("us-east-1", "lake-unsupported.json")));

        // then
        assertThat(evaluate("empty.json", organization))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.UNKNOWN,
                        "No event data store is known to record management events: ListEventDataStores failed:"
                                + " InvalidAction (unsupported)"));
    }

    @Test
    void evaluateWhenOrganizationStoreRecordsManagementEventsShouldPassWithRetention() {
        assertThat(evaluate("member-org-trail.json", organization(management())))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS,
                        "Event data store org-management-events (organization, owner 111122223333) records"
                                + " management events with 2557 days retention"));
    }

    @Test
    void evaluateWhenOwnStoreRecordsManagementEventsShouldPass() {
        assertThat(evaluate("lake-own-store.json", organization(managementWithoutStores())))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.PASS,
                        "Event data store investigations records management events with 365 days retention"));
    }

    @Test
    void evaluateWhenStoresAreStoppedOrRecordOnlyDataEventsShouldFail() {
        assertThat(evaluate("lake-stores-without-management.json", organization(managementWithoutStores())))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.FAIL,
                        "No CloudTrail Lake event data store records this account's management events:"
                                + " investigations is STOPPED_INGESTION; s3-objects records no management events"));
    }

    @Test
    void evaluateWhenStoresCannotBeListedShouldBeUnknown() {
        assertThat(evaluate("lake-unsupported.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.UNKNOWN,
                        "No event data store is known to record management events: ListEventDataStores failed:"
                                + " InvalidAction (unsupported)"));
    }

    @Test
    void evaluateWhenManagementAccountWasNotAuditedShouldBeUnknown() {
        assertThat(evaluate("empty.json", organization()))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.UNKNOWN,
                        "No event data store of this account records management events, and the organization's"
                                + " stores are unknown: the management account 111122223333 was not audited"));
    }

    @Test
    void evaluateWhenNoStoreExistsShouldFail() {
        assertThat(evaluate("empty.json", organization(account(MANAGEMENT, region("us-east-1", "empty.json")))))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(
                        Status.FAIL, "No CloudTrail Lake event data store records this account's management events"));
    }
}
