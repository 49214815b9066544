package org.irauditor.job;

import org.irauditor.aws.AccountSession;
import org.irauditor.aws.RoleSessions;
import org.irauditor.report.asff.importer.SessionProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/** The Security Hub import's sessions: the runner's own, and the audit role in each account. */
final class AwsSessionProvider implements SessionProvider, SdkAutoCloseable {

    private final RoleSessions sessions;
    private final String partition;
    private final AccountSession runner;
    private String runnerAccountId;

    AwsSessionProvider(RoleSessions sessions, String partition) {
        this.sessions = sessions;
        this.partition = partition;
        this.runner = sessions.runner();
    }

    @Override
    public AccountSession runner() {
        return runner;
    }

    @Override
    public synchronized String runnerAccountId() {
        if (runnerAccountId == null) {
            StsClient sts = sessions.sts();
            runnerAccountId = sts.getCallerIdentity().account();
        }
        return runnerAccountId;
    }

    @Override
    public AccountSession forAccount(String accountId) {
        return sessions.assume(accountId, partition);
    }

    @Override
    public void close() {
        runner.close();
    }
}
