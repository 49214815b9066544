package org.irauditor.awsconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.irauditor.audit.AccountSnapshot;
import org.irauditor.audit.OrganizationContext;
import org.irauditor.audit.RegionSnapshot;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.awsconfig.ConfigSnapshot.ConfigurationAggregator;
import org.irauditor.awsconfig.ConfigSnapshot.RecorderStatus;
import org.irauditor.core.Status;
import org.irauditor.core.Verdict;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.Owner;

/** The collector over the real SDK wire path against moto. */
class ConfigCollectorMotoTest {

    private static final String REGION = "us-east-1";
    private static final String ACCOUNT = MotoServer.DEFAULT_ACCOUNT;
    private static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/config-recorder";

    private AwsClientFactory factory;
    private AccountSession session;
    private ConfigClient config;

    @BeforeEach
    void startMoto() {
        MotoServer moto = MotoServer.get();
        factory = new AwsClientFactory(
                new AuditProperties.Aws(moto.endpoint(), Duration.ofSeconds(30), Duration.ofSeconds(10), 2, 4));
        session = new AccountSession(factory, MotoServer.credentials(), REGION);
        config = session.config(REGION);
    }

    @AfterEach
    void close() {
        session.close();
        factory.close();
    }

    @Test
    void collectWhenConfigIsSetUpShouldReadRecorderChannelRuleAndAggregator() {
        // given
        seedRecorderChannelAndRule();
        config.putConfigurationAggregator(r -> r.configurationAggregatorName("organization-aggregator")
                .organizationAggregationSource(s -> s.roleArn(ROLE).allAwsRegions(true)));

        // when
        ConfigSnapshot snapshot = new ConfigCollector().collect(scope(true));

        // then
        assertThat(snapshot.customerRecorders().value()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("default");
            assertThat(r.roleARN()).isEqualTo(ROLE);
            assertThat(r.recordingGroup().allSupported()).isTrue();
            assertThat(r.recordingGroup().includeGlobalResourceTypes()).isTrue();
        });
        RecorderStatus status = snapshot.statusOf("default").orElseThrow();
        assertThat(status.recordsNow()).isTrue();
        // AWS moves to SUCCESS after the first delivery; moto keeps PENDING
        assertThat(status.lastStatus()).isIn("PENDING", "SUCCESS");
        assertThat(snapshot.deliveryChannels().value())
                .singleElement()
                .satisfies(c -> assertThat(c.s3BucketName()).isEqualTo("config-bucket-" + ACCOUNT));
        assertThat(snapshot.configRules().value()).singleElement().satisfies(r -> {
            assertThat(r.configRuleName()).isEqualTo("restricted-ssh");
            assertThat(r.source().sourceIdentifier()).isEqualTo("INCOMING_SSH_DISABLED");
        });
        assertThat(snapshot.configurationAggregators().value())
                .extracting(ConfigurationAggregator::configurationAggregatorName)
                .containsExactly("organization-aggregator");
        assertThat(snapshot.configurationAggregators()
                        .value()
                        .get(0)
                        .organizationAggregationSource()
                        .allAwsRegions())
                .isTrue();
    }

    @Test
    void evaluateWhenCollectedFromMotoShouldNeverGuessWhereMotoIsSilent() {
        // given
        seedRecorderChannelAndRule();
        config.putConfigurationAggregator(r -> r.configurationAggregatorName("organization-aggregator")
                .organizationAggregationSource(s -> s.roleArn(ROLE).allAwsRegions(true)));
        ConfigSnapshot snapshot = new ConfigCollector().collect(scope(true));
        AccountSnapshot account = account(snapshot);
        OrganizationSnapshot organization = new OrganizationSnapshot(
                "o-moto", ACCOUNT, "aws", REGION, ConfigTestData.COLLECTED_AT, List.of(), null, null, "r-moto");

        // when
        List<Verdict> delivery = new DeliveryChannelCheck().evaluate(region(snapshot), account, null);
        List<Verdict> aggregator =
                new OrganizationAggregatorCheck().evaluate(new OrganizationContext(organization, List.of(account)));

        // then: moto implements neither DescribeDeliveryChannelStatus nor the aggregator source status
        assertThat(delivery).singleElement().satisfies(v -> {
            if (v.status() == Status.UNKNOWN) {
                assertThat(v.message()).startsWith("DescribeDeliveryChannelStatus failed: ");
            } else {
                assertThat(v.status()).isEqualTo(Status.PASS);
            }
        });
        assertThat(aggregator).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.PASS);
            assertThat(v.message())
                    .startsWith("The organization aggregator organization-aggregator in account " + ACCOUNT);
        });
    }

    @Test
    void collectWhenListConfigurationRecordersIsNotAnsweredShouldKeepEverythingElse() {
        // given
        seedRecorderChannelAndRule();

        // when
        ConfigSnapshot snapshot = new ConfigCollector().collect(scope(false));

        // then: moto answers HTTP 500 here; AWS lists the customer-managed recorder with scope PAID
        if (snapshot.configurationRecorderSummaries().isFailed()) {
            assertThat(snapshot.configurationRecorderSummaries().error().operation())
                    .isEqualTo("ListConfigurationRecorders");
        } else {
            assertThat(snapshot.configurationRecorderSummaries().value())
                    .extracting(ConfigSnapshot.RecorderSummary::name)
                    .contains("default");
        }
        assertThat(snapshot.configurationRecorders().isOk()).isTrue();
        List<Verdict> verdicts = new RecorderRecordingCheck().evaluate(region(snapshot), account(snapshot), null);
        assertThat(verdicts).extracting(Verdict::status).containsExactly(Status.PASS);
    }

    @Test
    void collectWhenAccountIsAMemberShouldNotAskForAggregators() {
        // given
        config.putConfigurationAggregator(r -> r.configurationAggregatorName("organization-aggregator")
                .organizationAggregationSource(s -> s.roleArn(ROLE).allAwsRegions(true)));

        // when
        ConfigSnapshot snapshot = new ConfigCollector().collect(scope(false));

        // then
        assertThat(snapshot.configurationAggregators()).isNull();
    }

    @Test
    void collectWhenNothingIsSetUpShouldFailTheRecorderCheck() {
        // when
        ConfigSnapshot snapshot = new ConfigCollector().collect(scope(true));

        // then
        assertThat(snapshot.configurationRecorders().value()).isEmpty();
        assertThat(snapshot.deliveryChannels().value()).isEmpty();
        assertThat(snapshot.configurationAggregators().value()).isEmpty();
        assertThat(new RecorderRecordingCheck().evaluate(region(snapshot), account(snapshot), null))
                .extracting(Verdict::message)
                .containsExactly(RecorderRecordingCheck.NO_RECORDER);
    }

    private void seedRecorderChannelAndRule() {
        config.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                .roleARN(ROLE)
                .recordingGroup(g -> g.allSupported(true).includeGlobalResourceTypes(true))));
        // moto does not check that the bucket exists, so no S3 client is needed
        config.putDeliveryChannel(
                r -> r.deliveryChannel(c -> c.name("default").s3BucketName("config-bucket-" + ACCOUNT)));
        config.startConfigurationRecorder(r -> r.configurationRecorderName("default"));
        config.putConfigRule(r -> r.configRule(c -> c.configRuleName("restricted-ssh")
                .source(s -> s.owner(Owner.AWS).sourceIdentifier("INCOMING_SSH_DISABLED"))
                .scope(s -> s.complianceResourceTypes("AWS::EC2::SecurityGroup"))));
    }

    private RegionScope scope(boolean management) {
        return new RegionScope(session, ACCOUNT, REGION, "aws", management, Set.of());
    }

    private static RegionSnapshot region(ConfigSnapshot snapshot) {
        return ConfigTestData.region(REGION, snapshot);
    }

    private static AccountSnapshot account(ConfigSnapshot snapshot) {
        return ConfigTestData.account(ACCOUNT, region(snapshot));
    }
}
