package org.irauditor.contact;

import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/** The Contact state of sandbox accounts, from the account's {@code contact} trait. */
public final class ContactSandbox {

    private ContactSandbox() {}

    public static ContactSnapshot snapshot(SandboxAccount account, SandboxOrganization organization) {
        return new ContactSnapshot();
    }
}
