package org.irauditor.cloudtrail;

import org.irauditor.audit.AccountSnapshot;
import org.irauditor.core.Verdict;
import org.springframework.stereotype.Component;

/** Does each covering trail encrypt its log files with a KMS key, rather than only with S3-managed keys. */
@Component
public class KmsEncryptionCheck extends CoveringTrailCheck {

    public static final String ID = "cloudtrail.kms-encryption";

    @Override
    public String id() {
        return ID;
    }

    @Override
    String property() {
        return "KMS encryption";
    }

    @Override
    Verdict judge(Trail trail, AccountSnapshot account) {
        if (trail.kmsKeyId() == null || trail.kmsKeyId().isBlank()) {
            return Verdict.fail(Trails.subject(trail) + " does not encrypt its log files with a KMS key");
        }
        return Verdict.pass(Trails.subject(trail) + " encrypts its log files with a KMS key")
                .with("kmsKeyId", trail.kmsKeyId());
    }
}
