package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.irauditor.cloudtrail.CloudTrailFixtures.management;
import static org.irauditor.cloudtrail.CloudTrailFixtures.organization;

import org.irauditor.audit.AccountCheck;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.junit.jupiter.api.Test;

class KmsEncryptionCheckTest extends CoveringTrailCheckCases {

    @Override
    AccountCheck check() {
        return new KmsEncryptionCheck();
    }

    @Override
    String property() {
        return "KMS encryption";
    }

    @Test
    void evaluateWhenOrganizationTrailUsesKmsShouldPass() {
        assertThat(evaluate(check(), "member-org-trail.json", organization(management())))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.status()).isEqualTo(Status.PASS);
                    assertThat(v.message())
                            .isEqualTo("Organization trail org-trail (owner 111122223333) encrypts its log files"
                                    + " with a KMS key");
                    assertThat(v.evidence())
                            .containsEntry(
                                    "kmsKeyId",
                                    "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
                });
    }

    @Test
    void evaluateWhenNoKeyIsConfiguredShouldFail() {
        assertThat(evaluate(check(), "weak-trail.json"))
                .extracting(Verdict::status, Verdict::message)
                .containsExactly(tuple(Status.FAIL, "Trail weak does not encrypt its log files with a KMS key"));
    }
}
