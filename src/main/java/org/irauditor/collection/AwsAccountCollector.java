package org.irauditor.collection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsErrors;
import org.irauditor.aws.RegionScope;
import org.irauditor.aws.RoleSessions;
import org.irauditor.awsconfig.ConfigCollector;
import org.irauditor.cloudtrail.CloudTrailCollector;
import org.irauditor.contact.ContactCollector;
import org.irauditor.contact.ContactSnapshot;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.irauditor.detective.DetectiveCollector;
import org.irauditor.flowlogs.FlowLogsCollector;
import org.irauditor.guardduty.GuardDutyCollector;
import org.irauditor.incidentresponse.IncidentResponseCollector;
import org.irauditor.incidentresponse.IncidentResponseSnapshot;
import org.irauditor.organization.DelegatedAdmin;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.routing.RoutingCollector;
import org.irauditor.securityhub.SecurityHubCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Collects one account through the audit role: assumes the role, lists the account's enabled regions and runs
 * every service collector in each, regions in parallel. A failure stays in its unit: a denied role makes the
 * account inaccessible, a region that breaks is marked failed, the other regions and accounts go on.
 */
public final class AwsAccountCollector implements AccountCollector {

    private static final Logger log = LoggerFactory.getLogger(AwsAccountCollector.class);

    private final RoleSessions sessions;
    private final RegionSelection regionSelection;
    private final ServiceCollectors collectors;
    private final ExecutorService regionExecutor;
    private final Clock clock;

    public AwsAccountCollector(
            RoleSessions sessions,
            RegionSelection regionSelection,
            ServiceCollectors collectors,
            ExecutorService regionExecutor,
            Clock clock) {
        this.sessions = sessions;
        this.regionSelection = regionSelection;
        this.collectors = collectors;
        this.regionExecutor = regionExecutor;
        this.clock = clock;
    }

    /** The service collectors, one bean each. */
    public record ServiceCollectors(
            CloudTrailCollector cloudTrail,
            ConfigCollector config,
            SecurityHubCollector securityHub,
            DetectiveCollector detective,
            GuardDutyCollector guardDuty,
            FlowLogsCollector flowLogs,
            RoutingCollector routing,
            ContactCollector contact,
            IncidentResponseCollector incidentResponse) {}

    @Override
    public AccountSnapshot collect(OrgAccount account, OrganizationSnapshot organization) {
        String partition = organization.partition();
        try (AccountSession session = sessions.assume(account.id(), partition)) {
            ErrorReason denied = assume(session, account.id());
            if (denied != null) {
                return AccountSnapshot.inaccessible(account, partition, clock.instant(), denied);
            }
            Outcome<List<RegionSelection.RegionStatus>> regions = listRegions(session, account.id(), organization);
            if (regions.isFailed()) {
                return AccountSnapshot.inaccessible(account, partition, clock.instant(), regions.error());
            }
            return collectRegions(session, account, organization, regionSelection.select(regions.value()));
        }
    }

    private static ErrorReason assume(AccountSession session, String accountId) {
        try {
            session.resolveCredentials();
            return null;
        } catch (SdkException e) {
            ErrorReason reason = AccountSession.assumeRoleFailed(AwsErrors.classify("AssumeRole", e));
            log.warn("Audit role not assumed account={} code={}", accountId, reason.code());
            return reason;
        }
    }

    private static Outcome<List<RegionSelection.RegionStatus>> listRegions(
            AccountSession session, String accountId, OrganizationSnapshot organization) {
        String home = organization.homeRegion();
        return new RegionScope(session, accountId, home, organization.partition(), false, Set.of())
                .call(
                        "DescribeRegions",
                        () -> session.ec2(home).describeRegions(r -> r.allRegions(true)).regions().stream()
                                .map(r -> new RegionSelection.RegionStatus(r.regionName(), r.optInStatus()))
                                .toList());
    }

    private AccountSnapshot collectRegions(
            AccountSession session,
            OrgAccount account,
            OrganizationSnapshot organization,
            RegionSelection.Selection selection) {
        boolean management = account.id().equals(organization.managementAccountId());
        Set<String> adminFor = adminFor(account.id(), organization);
        Set<String> delegated = delegatedPrincipals(organization);
        List<Future<RegionSnapshot>> pending = new ArrayList<>();
        for (String region : selection.audited()) {
            RegionScope scope = new RegionScope(
                    session, account.id(), region, organization.partition(), management, adminFor, delegated);
            pending.add(regionExecutor.submit(() -> collectRegion(scope)));
        }
        List<RegionSnapshot> regions = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            regions.add(await(pending.get(i), account.id(), selection.audited().get(i)));
        }
        RegionScope home = new RegionScope(
                session,
                account.id(),
                organization.homeRegion(),
                organization.partition(),
                management,
                adminFor,
                delegated);
        return new AccountSnapshot(
                account,
                organization.partition(),
                clock.instant(),
                null,
                regions,
                selection.skipped(),
                contact(home),
                incidentResponse(home));
    }

    private RegionSnapshot collectRegion(RegionScope scope) {
        log.debug("Region collection started account={} region={}", scope.accountId(), scope.region());
        try {
            return new RegionSnapshot(
                    scope.region(),
                    null,
                    collectors.cloudTrail().collect(scope),
                    collectors.config().collect(scope),
                    collectors.securityHub().collect(scope),
                    collectors.detective().collect(scope),
                    collectors.guardDuty().collect(scope),
                    collectors.flowLogs().collect(scope),
                    collectors.routing().collect(scope));
        } catch (RuntimeException e) {
            log.error("Region collection failed account={} region={}", scope.accountId(), scope.region(), e);
            return RegionSnapshot.failed(scope.region(), unexpected("collect region", e));
        }
    }

    private static RegionSnapshot await(Future<RegionSnapshot> pending, String accountId, String region) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RegionSnapshot.failed(region, unexpected("collect region", e));
        } catch (ExecutionException e) {
            log.error("Region collection failed account={} region={}", accountId, region, e.getCause());
            return RegionSnapshot.failed(region, unexpected("collect region", e.getCause()));
        }
    }

    private ContactSnapshot contact(RegionScope home) {
        try {
            return collectors.contact().collect(home);
        } catch (RuntimeException e) {
            log.error("Contact collection failed account={}", home.accountId(), e);
            return null;
        }
    }

    private IncidentResponseSnapshot incidentResponse(RegionScope home) {
        try {
            return collectors.incidentResponse().collect(home);
        } catch (RuntimeException e) {
            log.error("Incident response collection failed account={}", home.accountId(), e);
            return null;
        }
    }

    private static Set<String> adminFor(String accountId, OrganizationSnapshot organization) {
        if (organization.delegatedAdmins().isFailed()) {
            return Set.of();
        }
        return organization.delegatedAdmins().value().stream()
                .filter(d -> d.accountId().equals(accountId))
                .map(DelegatedAdmin::servicePrincipal)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> delegatedPrincipals(OrganizationSnapshot organization) {
        if (organization.delegatedAdmins().isFailed()) {
            return Set.of();
        }
        return organization.delegatedAdmins().value().stream()
                .map(DelegatedAdmin::servicePrincipal)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static ErrorReason unexpected(String operation, Throwable e) {
        return new ErrorReason(operation, e.getClass().getSimpleName(), null, ErrorKind.UNEXPECTED);
    }
}
