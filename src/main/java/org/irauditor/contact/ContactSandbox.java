package org.irauditor.contact;

import java.util.Set;
import org.irauditor.contact.ContactSnapshot.AlternateContact;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/**
 * The security contact of sandbox accounts, from the account's {@code contact} trait: {@code ready} has a SECURITY
 * alternate contact, {@code missing} answers as AWS does when none is set.
 */
public final class ContactSandbox {

    /** The trait values this class interprets; the sandbox definition is validated against them. */
    public static final Set<String> TRAITS = Set.of(SandboxAccount.READY, "missing");

    private ContactSandbox() {}

    public static ContactSnapshot snapshot(SandboxAccount account, SandboxOrganization organization) {
        if ("missing".equals(account.trait("contact"))) {
            return new ContactSnapshot(Outcome.failed(new ErrorReason(
                    "GetAlternateContact",
                    "ResourceNotFoundException",
                    "No contact of the inputted alternate contact type found.",
                    ErrorKind.NOT_FOUND)));
        }
        return new ContactSnapshot(Outcome.ok(new AlternateContact(
                "SECURITY",
                "Security Operations",
                "Incident response on call",
                "security-operations@example.com",
                "+1 206 555 0100")));
    }
}
