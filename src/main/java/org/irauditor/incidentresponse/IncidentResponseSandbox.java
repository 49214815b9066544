package org.irauditor.incidentresponse;

import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/** The IncidentResponse state of sandbox accounts, from the account's {@code incidentresponse} trait. */
public final class IncidentResponseSandbox {

    private IncidentResponseSandbox() {}

    public static IncidentResponseSnapshot snapshot(SandboxAccount account, SandboxOrganization organization) {
        return new IncidentResponseSnapshot();
    }
}
