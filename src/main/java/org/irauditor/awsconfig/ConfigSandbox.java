package org.irauditor.awsconfig;

import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/** The Config state of sandbox accounts, from the account's {@code config} trait. */
public final class ConfigSandbox {

    private ConfigSandbox() {}

    public static ConfigSnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        return new ConfigSnapshot();
    }
}
