package org.irauditor.testing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Seeds an organization in moto through the real SDK: the management account, member accounts created with
 * Organizations, and each account's CloudTrail, Config, Security Hub, GuardDuty and VPC state set through its
 * own assumed-role credentials (moto keeps every account's state apart behind them).
 */
public final class MotoOrganization {

    public static final String ROLE = "IRReadinessAuditRole";

    private final URI endpoint;
    private final OrganizationsClient organizations;
    private final String rootId;
    private final Map<String, String> accountIds = new LinkedHashMap<>();

    private MotoOrganization(URI endpoint) {
        this.endpoint = endpoint;
        this.organizations = OrganizationsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(MotoServer.credentials())
                .build();
        organizations.createOrganization(r -> r.featureSet("ALL"));
        this.rootId = organizations.listRoots(r -> {}).roots().get(0).id();
        accountIds.put("management", MotoServer.DEFAULT_ACCOUNT);
    }

    public static MotoOrganization create(MotoServer moto) {
        return new MotoOrganization(moto.endpoint());
    }

    /** Creates a member account in a new OU under the root and returns its id. */
    public String member(String name, String ou) {
        String ouId = organizations
                .createOrganizationalUnit(r -> r.parentId(rootId).name(ou))
                .organizationalUnit()
                .id();
        CreateAccountStatus status = organizations
                .createAccount(r -> r.accountName(name).email(name + "@example.com"))
                .createAccountStatus();
        organizations.moveAccount(
                r -> r.accountId(status.accountId()).sourceParentId(rootId).destinationParentId(ouId));
        accountIds.put(name, status.accountId());
        return status.accountId();
    }

    /** Registers an account as delegated administrator of a service, with the service trusted first. */
    public void delegateAdministrator(String name, String servicePrincipal) {
        organizations.enableAWSServiceAccess(r -> r.servicePrincipal(servicePrincipal));
        organizations.registerDelegatedAdministrator(r -> r.accountId(id(name)).servicePrincipal(servicePrincipal));
    }

    public void close(String name) {
        organizations.closeAccount(r -> r.accountId(id(name)));
    }

    public String id(String name) {
        return accountIds.get(name);
    }

    /** A multi-region trail with its home in us-east-1, logging or stopped. */
    public void multiRegionTrail(String account, String trail, boolean logging) {
        String bucket = bucket(account);
        try (CloudTrailClient cloudTrail = client(CloudTrailClient.builder(), account, "us-east-1")) {
            cloudTrail.createTrail(r -> r.name(trail).s3BucketName(bucket).isMultiRegionTrail(true));
            if (logging) {
                cloudTrail.startLogging(r -> r.name(trail));
            }
        }
    }

    /** A customer-managed recorder with a delivery channel in each region, recording global types in the first. */
    public void configRecorders(String account, List<String> regions, boolean recording) {
        String bucket = bucket(account);
        for (String region : regions) {
            boolean global = region.equals(regions.get(0));
            try (ConfigClient config = client(ConfigClient.builder(), account, region)) {
                config.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                        .roleARN("arn:aws:iam::" + id(account) + ":role/config-recorder")
                        .recordingGroup(g -> g.allSupported(true).includeGlobalResourceTypes(global))));
                config.putDeliveryChannel(
                        r -> r.deliveryChannel(d -> d.name("default").s3BucketName(bucket)));
                if (recording) {
                    config.startConfigurationRecorder(r -> r.configurationRecorderName("default"));
                }
            }
        }
    }

    public void securityHub(String account, List<String> regions) {
        for (String region : regions) {
            try (SecurityHubClient hub = client(SecurityHubClient.builder(), account, region)) {
                hub.enableSecurityHub(r -> r.enableDefaultStandards(true));
            }
        }
    }

    public void guardDuty(String account, List<String> regions) {
        for (String region : regions) {
            try (GuardDutyClient guardDuty = client(GuardDutyClient.builder(), account, region)) {
                guardDuty.createDetector(r -> r.enable(true));
            }
        }
    }

    /** Flow logs capturing all traffic, delivered to S3, on every VPC the account owns in each region. */
    public void flowLogs(String account, List<String> regions) {
        String bucket = bucket(account);
        for (String region : regions) {
            try (Ec2Client ec2 = ec2(account, region)) {
                List<String> vpcs = ec2.describeVpcs().vpcs().stream()
                        .map(software.amazon.awssdk.services.ec2.model.Vpc::vpcId)
                        .toList();
                ec2.createFlowLogs(r -> r.resourceIds(vpcs)
                        .resourceType("VPC")
                        .trafficType("ALL")
                        .logDestinationType("s3")
                        .logDestination("arn:aws:s3:::" + bucket));
            }
        }
    }

    public Ec2Client ec2(String account, String region) {
        return client(Ec2Client.builder(), account, region);
    }

    private String bucket(String account) {
        String bucket = "audit-trail-" + id(account);
        try (S3Client s3 = client(S3Client.builder().forcePathStyle(true), account, "us-east-1")) {
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                s3.createBucket(r -> r.bucket(bucket));
            }
        }
        return bucket;
    }

    /** A client acting as the account, through the audit role as the auditor itself would. */
    public <C, B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>> C client(
            B builder, String account, String region) {
        return builder.endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(credentials(account))
                .build();
    }

    private AwsCredentialsProvider credentials(String account) {
        if (MotoServer.DEFAULT_ACCOUNT.equals(id(account))) {
            return MotoServer.credentials();
        }
        try (StsClient sts = StsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(MotoServer.credentials())
                .build()) {
            Credentials session = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + id(account) + ":role/" + ROLE)
                            .roleSessionName("seed"))
                    .credentials();
            return StaticCredentialsProvider.create(AwsSessionCredentials.create(
                    session.accessKeyId(), session.secretAccessKey(), session.sessionToken()));
        }
    }
}
