package org.irauditor.detective;

import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/** The Detective state of sandbox accounts, from the account's {@code detective} trait. */
public final class DetectiveSandbox {

    private DetectiveSandbox() {}

    public static DetectiveSnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        return new DetectiveSnapshot();
    }
}
