package org.irauditor.aws;

import java.net.URI;
import org.irauditor.settings.AuditProperties;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Builds every AWS client of the run the same way: explicit region and credentials, call and attempt timeouts,
 * a bounded retry strategy, one shared HTTP connection pool and, when configured, one endpoint for all
 * services (moto, LocalStack).
 */
public final class AwsClientFactory implements SdkAutoCloseable {

    private final SdkHttpClient httpClient;
    private final ClientOverrideConfiguration overrides;
    private final URI endpoint;

    public AwsClientFactory(AuditProperties.Aws settings) {
        this.httpClient = ApacheHttpClient.builder()
                .maxConnections(settings.maxConnections())
                .build();
        this.overrides = ClientOverrideConfiguration.builder()
                .apiCallTimeout(settings.callTimeout())
                .apiCallAttemptTimeout(settings.attemptTimeout())
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(settings.maxAttempts())
                        .build())
                .build();
        this.endpoint = settings.endpoint();
    }

    /** Configures and builds one client; the shared HTTP client stays open when the client is closed. */
    public <C extends SdkClient, B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>> C build(
            B builder, AwsCredentialsProvider credentials, String region) {
        builder.region(Region.of(region))
                .credentialsProvider(credentials)
                .overrideConfiguration(overrides)
                .httpClient(httpClient);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /** True when every call goes to a configured endpoint rather than to AWS. */
    public boolean hasEndpointOverride() {
        return endpoint != null;
    }

    @Override
    public void close() {
        httpClient.close();
    }
}
