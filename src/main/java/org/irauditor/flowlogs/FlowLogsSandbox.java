package org.irauditor.flowlogs;

import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/** The FlowLogs state of sandbox accounts, from the account's {@code flowlogs} trait. */
public final class FlowLogsSandbox {

    private FlowLogsSandbox() {}

    public static FlowLogsSnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        return new FlowLogsSnapshot();
    }
}
