package org.irauditor.guardduty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsClientFactory;
import org.irauditor.aws.RegionScope;
import org.irauditor.core.Json;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.DetectorFeature;
import software.amazon.awssdk.services.guardduty.model.FeatureStatus;

/** The GuardDuty collector through the real SDK against moto (detectors only: moto has no member lists). */
class GuardDutyCollectorMotoTest {

    private static final String REGION = "eu-west-1";

    private AwsClientFactory factory;
    private AccountSession session;
    private GuardDutyClient guardDuty;

    @BeforeEach
    void startSession() {
        MotoServer moto = MotoServer.get();
        factory = new AwsClientFactory(
                new AuditProperties.Aws(moto.endpoint(), Duration.ofSeconds(30), Duration.ofSeconds(10), 2, 8));
        session = new AccountSession(factory, MotoServer.credentials(), REGION);
        guardDuty = session.guardDuty(REGION);
    }

    @AfterEach
    void closeSession() {
        session.close();
        factory.close();
    }

    @Test
    void collectWhenRegionHasNoDetectorShouldListNoneAndAskNothingElse() {
        // when
        GuardDutySnapshot snapshot = new GuardDutyCollector().collect(memberScope());

        // then
        assertThat(snapshot.detectorIds().isOk()).isTrue();
        assertThat(snapshot.detectorIds().value()).isEmpty();
        assertThat(snapshot.detector()).isNull();
        assertThat(snapshot.administrator()).isNull();
    }

    @Test
    void collectWhenDetectorIsEnabledShouldReadItsStatusAndFeatures() {
        // given
        String detectorId = guardDuty
                .createDetector(r -> r.enable(true)
                        .features(
                                f -> f.name(DetectorFeature.S3_DATA_EVENTS).status(FeatureStatus.ENABLED),
                                f -> f.name(DetectorFeature.RDS_LOGIN_EVENTS).status(FeatureStatus.DISABLED)))
                .detectorId();

        // when
        GuardDutySnapshot snapshot = new GuardDutyCollector().collect(memberScope());

        // then
        assertThat(snapshot.detectorId()).contains(detectorId);
        assertThat(snapshot.detector().value().status()).isEqualTo("ENABLED");
        assertThat(snapshot.detector().value().features())
                .extracting(GuardDutySnapshot.Feature::name, GuardDutySnapshot.Feature::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("S3_DATA_EVENTS", "ENABLED"),
                        org.assertj.core.groups.Tuple.tuple("RDS_LOGIN_EVENTS", "DISABLED"));
        assertThat(snapshot.administrator().isOk()).isTrue();
        assertThat(snapshot.members()).isNull();
        assertThat(snapshot.organizationConfiguration()).isNull();
    }

    @Test
    void collectWhenDetectorIsSuspendedShouldReportItDisabled() {
        // given
        String detectorId = guardDuty.createDetector(r -> r.enable(true)).detectorId();
        guardDuty.updateDetector(r -> r.detectorId(detectorId).enable(false));

        // when
        GuardDutySnapshot snapshot = new GuardDutyCollector().collect(memberScope());

        // then
        assertThat(snapshot.detector().value().status()).isEqualTo("DISABLED");
        assertThat(snapshot.detector().value().isEnabled()).isFalse();
    }

    @Test
    void collectWhenAccountAdministersGuardDutyShouldAskForMembersAndConfiguration() {
        // given
        guardDuty.createDetector(r -> r.enable(true));
        RegionScope admin = new RegionScope(
                session, MotoServer.DEFAULT_ACCOUNT, REGION, "aws", false, Set.of(GuardDutyCollector.PRINCIPAL));

        // when
        GuardDutySnapshot snapshot = new GuardDutyCollector().collect(admin);

        // then: moto implements neither call, so each is a classified failure rather than an exception
        assertThat(snapshot.members()).isNotNull();
        assertThat(snapshot.organizationConfiguration()).isNotNull();
        if (snapshot.members().isFailed()) {
            assertThat(snapshot.members().error().operation()).isEqualTo("ListMembers");
        }
    }

    @Test
    void snapshotWhenSerialisedShouldRoundTrip() throws Exception {
        // given
        guardDuty.createDetector(r -> r.enable(true)
                .features(f -> f.name(DetectorFeature.EKS_AUDIT_LOGS).status(FeatureStatus.ENABLED)));
        GuardDutySnapshot snapshot = new GuardDutyCollector().collect(memberScope());

        // when
        String json = Json.mapper().writeValueAsString(snapshot);
        GuardDutySnapshot read = Json.mapper().readValue(json, GuardDutySnapshot.class);

        // then
        assertThat(read).isEqualTo(snapshot);
        assertThat(json).contains("\"detectorIds\"").contains("\"features\"");
    }

    private RegionScope memberScope() {
        return new RegionScope(session, MotoServer.DEFAULT_ACCOUNT, REGION, "aws", false, Set.of());
    }
}
