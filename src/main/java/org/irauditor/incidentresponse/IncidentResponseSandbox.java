package org.irauditor.incidentresponse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.irauditor.core.Outcome;
import org.irauditor.incidentresponse.IncidentResponseSnapshot.AccountsConfiguration;
import org.irauditor.incidentresponse.IncidentResponseSnapshot.Membership;
import org.irauditor.sandbox.SandboxAccount;
import org.irauditor.sandbox.SandboxOrganization;

/**
 * AWS Security Incident Response in sandbox accounts, from the account's {@code incidentresponse} trait. As in AWS,
 * only the management account and the service's delegated administrator are read.
 *
 * <ul>
 *   <li>{@code administrator}: holds an active membership covering the entire organization
 *   <li>{@code ready} and {@code not-member}: hold no membership (a member account's coverage is decided by the
 *       administrator's membership, so the two differ only in intent)
 * </ul>
 */
public final class IncidentResponseSandbox {

    /** The trait values this class interprets; the sandbox definition is validated against them. */
    public static final Set<String> TRAITS = Set.of(SandboxAccount.READY, "administrator", "not-member");

    private IncidentResponseSandbox() {}

    public static IncidentResponseSnapshot snapshot(SandboxAccount account, SandboxOrganization organization) {
        boolean administrator = organization
                .delegatedAdmin(IncidentResponseMembershipCheck.SECURITY_IR)
                .map(account.id()::equals)
                .orElse(false);
        if (!administrator && !organization.isManagement(account)) {
            return IncidentResponseSnapshot.notCollected();
        }
        if (!"administrator".equals(account.trait("incidentresponse"))) {
            return new IncidentResponseSnapshot(Outcome.ok(List.of()));
        }
        String region = organization.homeRegion();
        String id = "m-sandbox0001";
        Membership membership = new Membership(
                id,
                account.id(),
                region,
                "arn:" + organization.partition() + ":security-ir:" + region + ":" + account.id() + ":membership/" + id,
                "ACTIVE",
                "sandbox-incident-response",
                LocalDate.of(2026, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC),
                (long) organization.accounts().size(),
                new AccountsConfiguration(true, List.of()));
        return new IncidentResponseSnapshot(Outcome.ok(List.of(membership)));
    }
}
