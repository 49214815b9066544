package org.irauditor.routing;

import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/** The Routing state of sandbox accounts, from the account's {@code routing} trait. */
public final class RoutingSandbox {

    private RoutingSandbox() {}

    public static RoutingSnapshot snapshot(SandboxAccount account, String region, SandboxOrganization organization) {
        return new RoutingSnapshot();
    }
}
