package org.irauditor.guardduty;

import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/** The GuardDuty state of sandbox accounts, from the account's {@code guardduty} trait. */
public final class GuardDutySandbox {

    private GuardDutySandbox() {}

    public static GuardDutySnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        return new GuardDutySnapshot();
    }
}
