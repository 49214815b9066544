package org.irauditor.report.asff.importer;

import org.irauditor.aws.AccountSession;

/**
 * Where the Security Hub import gets its clients, implemented by the job. {@link #runner()} stays open and
 * belongs to the provider; a session from {@link #forAccount(String)} is new and the importer closes it.
 */
public interface SessionProvider {

    /** The runner's own credentials, used by the central mode. */
    AccountSession runner();

    /** The account the runner's credentials belong to: the owner of every finding in the central mode. */
    String runnerAccountId();

    /** A new session in the audit role of an account, used by the member mode. */
    AccountSession forAccount(String accountId);
}
