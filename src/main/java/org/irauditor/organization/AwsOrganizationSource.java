package org.irauditor.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsCalls;
import org.irauditor.aws.AwsErrors;
import org.irauditor.aws.Partitions;
import org.irauditor.core.ErrorReason;
import org.irauditor.core.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.ChildType;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;

/**
 * Lists the organization from the management or delegated-admin account: accounts through the ListAccounts
 * paginator, OU paths by walking the tree from the root, tags, delegated administrators and trusted services.
 */
public final class AwsOrganizationSource implements OrganizationSource {

    private static final Logger log = LoggerFactory.getLogger(AwsOrganizationSource.class);

    private final AccountSession runner;
    private final String homeRegion;
    private final Clock clock;

    public AwsOrganizationSource(AccountSession runner, String homeRegion, Clock clock) {
        this.runner = runner;
        this.homeRegion = homeRegion;
        this.clock = clock;
    }

    @Override
    public OrganizationSnapshot discover() {
        requireCredentials();
        OrganizationsClient organizations = runner.organizations();
        Organization organization = required(
                "DescribeOrganization",
                () -> organizations.describeOrganization().organization());
        String rootId = required(
                "ListRoots",
                () -> organizations.listRootsPaginator(r -> {}).stream()
                        .flatMap(page -> page.roots().stream())
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("the organization has no root"))
                        .id());
        Map<String, String[]> placement = required("ListChildren", () -> placements(organizations, rootId));
        List<OrgAccount> accounts = required("ListAccounts", () -> accounts(organizations, placement));
        log.info("Organization discovered organization={} accounts={}", organization.id(), accounts.size());
        return new OrganizationSnapshot(
                organization.id(),
                organization.masterAccountId(),
                Partitions.ofArn(organization.arn()),
                homeRegion,
                clock.instant(),
                accounts,
                call("ListDelegatedAdministrators", () -> delegatedAdmins(organizations)),
                call("ListAWSServiceAccessForOrganization", () -> trustedServices(organizations)),
                rootId);
    }

    /** Account id to {OU id, OU path}, walking the tree breadth first from the root. */
    private static Map<String, String[]> placements(OrganizationsClient organizations, String rootId) {
        Map<String, String[]> placement = new HashMap<>();
        List<String[]> parents = new ArrayList<>();
        parents.add(new String[] {rootId, "Root"});
        while (!parents.isEmpty()) {
            String[] parent = parents.remove(0);
            organizations.listChildrenPaginator(r -> r.parentId(parent[0]).childType(ChildType.ACCOUNT)).stream()
                    .flatMap(page -> page.children().stream())
                    .forEach(child -> placement.put(child.id(), parent));
            for (OrganizationalUnit unit :
                    organizations.listOrganizationalUnitsForParentPaginator(r -> r.parentId(parent[0])).stream()
                            .flatMap(page -> page.organizationalUnits().stream())
                            .toList()) {
                parents.add(new String[] {unit.id(), parent[1] + "/" + unit.name()});
            }
        }
        return placement;
    }

    private List<OrgAccount> accounts(OrganizationsClient organizations, Map<String, String[]> placement) {
        List<OrgAccount> accounts = new ArrayList<>();
        List<Account> listed = organizations.listAccountsPaginator(r -> {}).stream()
                .flatMap(page -> page.accounts().stream())
                .toList();
        for (Account account : listed) {
            String[] parent = placement.getOrDefault(account.id(), new String[] {null, "Root"});
            accounts.add(new OrgAccount(
                    account.id(),
                    account.name(),
                    account.email(),
                    state(account),
                    parent[0],
                    parent[1],
                    tags(organizations, account.id()),
                    account.joinedTimestamp()));
        }
        return accounts;
    }

    /** The account's {@code State}; a response that carries only the older {@code Status} is read instead. */
    static String state(Account account) {
        if (account.stateAsString() != null) {
            return account.stateAsString();
        }
        return account.statusAsString();
    }

    private Map<String, String> tags(OrganizationsClient organizations, String accountId) {
        Outcome<Map<String, String>> tags = call("ListTagsForResource", () -> {
            Map<String, String> byKey = new LinkedHashMap<>();
            organizations
                    .listTagsForResourcePaginator(r -> r.resourceId(accountId))
                    .tags()
                    .forEach(tag -> byKey.put(tag.key(), tag.value()));
            return byKey;
        });
        return tags.isOk() ? tags.value() : Map.of();
    }

    private static List<DelegatedAdmin> delegatedAdmins(OrganizationsClient organizations) {
        List<DelegatedAdmin> admins = new ArrayList<>();
        organizations
                .listDelegatedAdministratorsPaginator(r -> {})
                .delegatedAdministrators()
                .forEach(admin -> organizations
                        .listDelegatedServicesForAccountPaginator(r -> r.accountId(admin.id()))
                        .delegatedServices()
                        .forEach(service -> admins.add(new DelegatedAdmin(service.servicePrincipal(), admin.id()))));
        return admins;
    }

    private static List<String> trustedServices(OrganizationsClient organizations) {
        List<String> principals = new ArrayList<>();
        organizations.listAWSServiceAccessForOrganizationPaginator(r -> {}).stream()
                .flatMap(page -> page.enabledServicePrincipals().stream())
                .forEach(p -> principals.add(p.servicePrincipal()));
        return principals;
    }

    /** Fails with a clear message when the runner has no credentials at all, before any call is attempted. */
    private void requireCredentials() {
        try {
            runner.resolveCredentials();
        } catch (SdkException e) {
            throw new DiscoveryException(
                    "The auditor found no AWS credentials to run with: " + e.getMessage()
                            + " Provide them as for the AWS CLI (AWS_PROFILE, environment variables, SSO or an instance"
                            + " role), for the management account or a delegated administrator of AWS Organizations.",
                    e);
        }
    }

    private static String hint(ErrorReason reason) {
        return switch (reason.kind()) {
            case UNREACHABLE -> "Check the network and audit.aws.endpoint.";
            case THROTTLED ->
                "AWS Organizations throttled the calls; run again later or lower audit.parallelism.accounts.";
            case NOT_ENABLED -> "The runner's account is not in an organization with all features enabled.";
            case REGION_UNAVAILABLE ->
                "The runner's credentials are not valid (expired, or for another partition);"
                        + " check them and audit.regions.home.";
            default ->
                "Run the auditor with credentials of the management account or of a delegated administrator"
                        + " for AWS Organizations.";
        };
    }

    private <T> Outcome<T> call(String operation, Supplier<T> call) {
        return AwsCalls.call(operation, "organization", homeRegion, call);
    }

    private static <T> T required(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            ErrorReason reason = AwsErrors.classify(operation, e);
            throw new DiscoveryException("Cannot list the organization: " + reason.describe() + ". " + hint(reason), e);
        }
    }
}
