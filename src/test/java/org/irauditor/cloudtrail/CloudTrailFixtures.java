package org.irauditor.cloudtrail;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.testing.Fixtures;

/** Builds account snapshots and organization contexts from the CloudTrail fixtures. */
final class CloudTrailFixtures {

    static final String MANAGEMENT = "111122223333";
    static final String MEMBER = "444455556666";
    static final Instant COLLECTED_AT = Instant.parse("2026-12-03T06:00:00Z");

    private CloudTrailFixtures() {}

    static CloudTrailSnapshot cloudTrail(String fixture) {
        return Fixtures.read("cloudtrail/" + fixture, CloudTrailSnapshot.class);
    }

    static RegionSnapshot region(String region, String fixture) {
        return new RegionSnapshot(region, null, cloudTrail(fixture), null, null, null, null, null, null);
    }

    static AccountSnapshot account(String accountId, RegionSnapshot... regions) {
        OrgAccount orgAccount =
                new OrgAccount(accountId, "account-" + accountId, null, OrgAccount.ACTIVE, null, null, null, null);
        return new AccountSnapshot(
                orgAccount, "aws", COLLECTED_AT, null, Arrays.asList(regions), List.of(), null, null);
    }

    /** The management account audited in its home region with the organization trail and Lake store. */
    static AccountSnapshot management() {
        return account(MANAGEMENT, region("us-east-1", "management-org-trail.json"));
    }

    /** An organization context whose admin snapshots are the given accounts. */
    static OrganizationContext organization(AccountSnapshot... adminSnapshots) {
        OrganizationSnapshot organization = new OrganizationSnapshot(
                "o-exampleorgid",
                MANAGEMENT,
                "aws",
                "us-east-1",
                COLLECTED_AT,
                List.of(),
                null,
                null,
                "r-examplerootid");
        return new OrganizationContext(organization, Arrays.asList(adminSnapshots));
    }
}
