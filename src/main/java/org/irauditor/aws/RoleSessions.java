package org.irauditor.aws;

import java.util.Objects;
import org.irauditor.settings.AuditProperties;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Opens the sessions of the run: the runner's own, and one per audited account through the audit role. Every
 * role is assumed from the runner's original credentials, never chained, with a fixed session name.
 */
public final class RoleSessions implements SdkAutoCloseable {

    private final AwsClientFactory factory;
    private final AuditProperties.Role role;
    private final String homeRegion;
    private final AwsCredentialsProvider runnerCredentials;
    private final StsClient sts;

    public RoleSessions(
            AwsClientFactory factory,
            AuditProperties.Role role,
            String homeRegion,
            AwsCredentialsProvider runnerCredentials) {
        this.factory = factory;
        this.role = role;
        this.homeRegion = homeRegion;
        this.runnerCredentials = runnerCredentials;
        this.sts = factory.build(StsClient.builder(), runnerCredentials, homeRegion);
    }

    /** A session with the runner's own credentials (Organizations, central Security Hub import). */
    public AccountSession runner() {
        return new AccountSession(factory, runnerCredentials, homeRegion) {
            @Override
            public void close() {
                // the runner's credentials provider outlives this session
                closeClientsOnly();
            }
        };
    }

    /**
     * A session in one account through the audit role. Nothing is called yet: the role is assumed on the first
     * request, or by {@link AccountSession#resolveCredentials()}.
     */
    public AccountSession assume(String accountId, String partition) {
        Objects.requireNonNull(accountId, "accountId");
        StsAssumeRoleCredentialsProvider credentials = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .asyncCredentialUpdateEnabled(false)
                .refreshRequest(r -> r.roleArn(roleArn(accountId, partition))
                        .roleSessionName(role.sessionName())
                        .durationSeconds((int) role.duration().toSeconds())
                        .externalId(blankToNull(role.externalId())))
                .build();
        return new AccountSession(factory, credentials, homeRegion);
    }

    /** The STS client of the runner's own credentials (GetCallerIdentity). */
    public StsClient sts() {
        return sts;
    }

    /** The audit role's ARN in an account; a role name may carry a path ({@code security/AuditRole}). */
    public String roleArn(String accountId, String partition) {
        return "arn:" + partition + ":iam::" + accountId + ":role/" + role.name();
    }

    @Override
    public void close() {
        sts.close();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
