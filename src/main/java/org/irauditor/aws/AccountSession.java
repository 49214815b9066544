package org.irauditor.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.irauditor.core.ErrorKind;
import org.irauditor.core.ErrorReason;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.detective.DetectiveClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The clients of one account, created on first use per service and region with the account's credentials, and
 * all closed (with the credentials provider) when the account is done.
 */
public class AccountSession implements SdkAutoCloseable {

    private final AwsClientFactory factory;
    private final AwsCredentialsProvider credentials;
    private final String homeRegion;
    private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();

    public AccountSession(AwsClientFactory factory, AwsCredentialsProvider credentials, String homeRegion) {
        this.factory = factory;
        this.credentials = credentials;
        this.homeRegion = homeRegion;
    }

    public String homeRegion() {
        return homeRegion;
    }

    public CloudTrailClient cloudTrail(String region) {
        return client(CloudTrailClient.class, region, CloudTrailClient::builder);
    }

    public ConfigClient config(String region) {
        return client(ConfigClient.class, region, ConfigClient::builder);
    }

    public SecurityHubClient securityHub(String region) {
        return client(SecurityHubClient.class, region, SecurityHubClient::builder);
    }

    public DetectiveClient detective(String region) {
        return client(DetectiveClient.class, region, DetectiveClient::builder);
    }

    public GuardDutyClient guardDuty(String region) {
        return client(GuardDutyClient.class, region, GuardDutyClient::builder);
    }

    public Ec2Client ec2(String region) {
        return client(Ec2Client.class, region, Ec2Client::builder);
    }

    public EventBridgeClient eventBridge(String region) {
        return client(EventBridgeClient.class, region, EventBridgeClient::builder);
    }

    public SecurityIrClient securityIr(String region) {
        return client(SecurityIrClient.class, region, SecurityIrClient::builder);
    }

    /** The Account Management API, a global service answered in the home region. */
    public AccountClient account() {
        return client(AccountClient.class, homeRegion, AccountClient::builder);
    }

    /** Organizations, a global service answered in the home region. */
    public OrganizationsClient organizations() {
        return client(OrganizationsClient.class, homeRegion, OrganizationsClient::builder);
    }

    /**
     * Resolves the session's credentials now (for an assumed role: calls AssumeRole), so that a denied role is
     * reported once for the account instead of once per call.
     */
    public void resolveCredentials() {
        credentials.resolveCredentials();
    }

    private <C extends SdkClient, B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>> C client(
            Class<C> type, String region, Supplier<B> builder) {
        String key = type.getSimpleName() + "/" + region;
        return type.cast(clients.computeIfAbsent(key, k -> factory.build(builder.get(), credentials, region)));
    }

    @Override
    public void close() {
        closeClientsOnly();
        if (credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }

    /** Closes the clients but not the credentials provider. */
    protected void closeClientsOnly() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
    }

    /** The reason shown when the audit role could not be assumed. */
    public static ErrorReason assumeRoleFailed(ErrorReason cause) {
        return new ErrorReason("AssumeRole", cause.code(), cause.message(), ErrorKind.ASSUME_ROLE_FAILED);
    }
}
