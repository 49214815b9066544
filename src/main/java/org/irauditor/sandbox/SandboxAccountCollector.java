package org.irauditor.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.awsconfig.ConfigSandbox;
import org.irauditor.cloudtrail.CloudTrailSandbox;
import org.irauditor.collection.AccountCollector;
import org.irauditor.collection.RegionSelection;
import org.irauditor.contact.ContactSandbox;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.detective.DetectiveSandbox;
import org.irauditor.flowlogs.FlowLogsSandbox;
import org.irauditor.guardduty.GuardDutySandbox;
import org.irauditor.incidentresponse.IncidentResponseSandbox;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.routing.RoutingSandbox;
import org.irauditor.securityhub.SecurityHubSandbox;

/**
 * Collects a sandbox account: the snapshots each service's sandbox builds from the account's traits, with the
 * same region selection and the same failure modes (a role that cannot be assumed) as a real account.
 */
public final class SandboxAccountCollector implements AccountCollector {

    private final SandboxOrganization sandbox;
    private final RegionSelection regionSelection;
    private final Duration delayPerAccount;
    private final Clock clock;

    public SandboxAccountCollector(
            SandboxOrganization sandbox, RegionSelection regionSelection, Duration delayPerAccount, Clock clock) {
        this.sandbox = sandbox;
        this.regionSelection = regionSelection;
        this.delayPerAccount = delayPerAccount;
        this.clock = clock;
    }

    @Override
    public AccountSnapshot collect(OrgAccount account, OrganizationSnapshot organization) {
        pause();
        SandboxAccount sandboxAccount = sandbox.account(account.id())
                .orElseThrow(() -> new IllegalArgumentException("account " + account.id() + " is not in the sandbox"));
        if (!Boolean.TRUE.equals(sandboxAccount.assumable())) {
            return AccountSnapshot.inaccessible(account, sandbox.partition(), clock.instant(), denied());
        }
        RegionSelection.Selection selection = regionSelection.select(regionStatuses(sandboxAccount));
        List<RegionSnapshot> regions = new ArrayList<>();
        for (String region : selection.audited()) {
            regions.add(region(sandboxAccount, region));
        }
        return new AccountSnapshot(
                account,
                sandbox.partition(),
                clock.instant(),
                null,
                regions,
                selection.skipped(),
                ContactSandbox.snapshot(sandboxAccount, sandbox),
                IncidentResponseSandbox.snapshot(sandboxAccount, sandbox));
    }

    private List<RegionSelection.RegionStatus> regionStatuses(SandboxAccount account) {
        List<RegionSelection.RegionStatus> statuses = new ArrayList<>();
        for (String region : sandbox.regions()) {
            boolean disabled = account.disabledRegions().contains(region);
            statuses.add(new RegionSelection.RegionStatus(region, disabled ? "not-opted-in" : "opt-in-not-required"));
        }
        for (String region : account.disabledRegions()) {
            if (!sandbox.regions().contains(region)) {
                statuses.add(new RegionSelection.RegionStatus(region, "not-opted-in"));
            }
        }
        return statuses;
    }

    private RegionSnapshot region(SandboxAccount account, String region) {
        return new RegionSnapshot(
                region,
                null,
                CloudTrailSandbox.snapshot(account, region, sandbox),
                ConfigSandbox.snapshot(account, region, sandbox),
                SecurityHubSandbox.snapshot(account, region, sandbox),
                DetectiveSandbox.snapshot(account, region, sandbox),
                GuardDutySandbox.snapshot(account, region, sandbox),
                FlowLogsSandbox.snapshot(account, region, sandbox),
                RoutingSandbox.snapshot(account, region, sandbox));
    }

    private static ErrorReason denied() {
        return new ErrorReason(
                "AssumeRole",
                "AccessDenied",
                "not authorized to perform sts:AssumeRole on the audit role",
                ErrorKind.ASSUME_ROLE_FAILED);
    }

    private void pause() {
        if (delayPerAccount.isZero()) {
            return;
        }
        try {
            Thread.sleep(delayPerAccount.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
