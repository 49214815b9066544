package org.irauditor.securityhub;

import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/** The SecurityHub state of sandbox accounts, from the account's {@code securityhub} trait. */
public final class SecurityHubSandbox {

    private SecurityHubSandbox() {}

    public static SecurityHubSnapshot snapshot(
            SandboxAccount account, String region, SandboxOrganization organization) {
        return new SecurityHubSnapshot();
    }
}
