package org.irauditor.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.irauditor.organization.OrgAccount;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per audited account, named {@code account-<id>}: stable names let a restarted run skip the
 * accounts that had finished.
 */
public final class AccountPartitioner implements Partitioner {

    /** The partition context key holding the account id. */
    public static final String ACCOUNT_ID = "accountId";

    private final Iterable<OrgAccount> accounts;

    public AccountPartitioner(Iterable<OrgAccount> accounts) {
        this.accounts = accounts;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (OrgAccount account : accounts) {
            ExecutionContext context = new ExecutionContext();
            context.putString(ACCOUNT_ID, account.id());
            partitions.put("account-" + account.id(), context);
        }
        return partitions;
    }
}
