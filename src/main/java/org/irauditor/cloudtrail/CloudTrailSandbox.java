package org.irauditor.cloudtrail;

import java.util.List;
import org.irauditor.core.Outcome;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/** The CloudTrail state of sandbox accounts, from the account's {@code cloudtrail} trait. */
public final class CloudTrailSandbox {

    private CloudTrailSandbox() {}

    public static CloudTrailSnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        return new CloudTrailSnapshot(Outcome.ok(List.of()), Outcome.ok(List.of()));
    }
}
