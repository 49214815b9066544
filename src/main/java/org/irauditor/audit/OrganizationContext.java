package org.irauditor.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irauditor.organization.OrganizationSnapshot;

/**
 * What only the management and delegated-administrator accounts can see, joined once and shared by every
 * check: organization trails, aggregators, member lists, organization configurations. Checks read it through
 * {@link #snapshotOf(String)} and memoised {@link #view(Class, Function) views}.
 */
public final class OrganizationContext {

    private final OrganizationSnapshot organization;
    private final Map<String, AccountSnapshot> adminSnapshots;
    private final Map<Class<?>, Object> views = new ConcurrentHashMap<>();

    /**
     * @param adminSnapshots the snapshots of the management account and of every delegated administrator (the
     *     accounts whose organization-wide answers the checks join); missing ones were not collected
     */
    public OrganizationContext(OrganizationSnapshot organization, Collection<AccountSnapshot> adminSnapshots) {
        this.organization = Objects.requireNonNull(organization, "organization");
        this.adminSnapshots = adminSnapshots.stream()
                .collect(Collectors.toUnmodifiableMap(AccountSnapshot::accountId, Function.identity(), (a, b) -> a));
    }

    public OrganizationSnapshot organization() {
        return organization;
    }

    public String managementAccountId() {
        return organization.managementAccountId();
    }

    /** The delegated administrator of a service principal, such as {@code guardduty.amazonaws.com}. */
    public Optional<String> delegatedAdmin(String servicePrincipal) {
        return organization.delegatedAdmin(servicePrincipal);
    }

    /**
     * The snapshot of the management account or of a delegated administrator; empty for other accounts and for
     * admin accounts that were not audited.
     */
    public Optional<AccountSnapshot> snapshotOf(String accountId) {
        return Optional.ofNullable(adminSnapshots.get(accountId));
    }

    public List<AccountSnapshot> adminSnapshots() {
        return List.copyOf(adminSnapshots.values());
    }

    /**
     * A view derived from this context, built once and shared (for example a member index of the Detective
     * administrator's graphs). The builder must be a pure function of the context.
     */
    public <V> V view(Class<V> type, Function<OrganizationContext, V> builder) {
        return type.cast(views.computeIfAbsent(type, t -> builder.apply(this)));
    }
}
