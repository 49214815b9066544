package org.irauditor.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.irauditor.IrAuditorApplication;
import org.irauditor.core.InvalidConfigurationException;
import org.irauditor.job.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SettingsValidatorTest {

    @Test
    void validateWhenDefaultsShouldAcceptThem() {
        // given the defaults
        AuditProperties defaults = bind(Map.of());

        // when / then
        SettingsValidator.validate(defaults, Set.of());
    }

    @Test
    void bindWhenNothingIsSetShouldUseDocumentedDefaults() {
        AuditProperties defaults = bind(Map.of());

        assertThat(defaults.mode()).isEqualTo(AuditProperties.Mode.AWS);
        assertThat(defaults.role().name()).isEqualTo("IRReadinessAuditRole");
        assertThat(defaults.role().sessionName()).isEqualTo("ir-readiness-auditor");
        assertThat(defaults.role().duration()).hasHours(1);
        assertThat(defaults.regions().home()).isEqualTo("us-east-1");
        assertThat(defaults.regions().allow()).isEmpty();
        assertThat(defaults.parallelism().accounts()).isEqualTo(8);
        assertThat(defaults.parallelism().regions()).isEqualTo(4);
        assertThat(defaults.aws().endpoint()).isNull();
        assertThat(defaults.aws().callTimeout()).hasSeconds(60);
        assertThat(defaults.aws().attemptTimeout()).hasSeconds(20);
        assertThat(defaults.aws().maxAttempts()).isEqualTo(6);
        assertThat(defaults.scoring().threshold()).isZero();
        assertThat(defaults.reports().directory()).hasToString("reports");
        assertThat(defaults.run().resumeWithin()).hasHours(6);
        assertThat(defaults.securityHubImport().enabled()).isFalse();
        assertThat(defaults.securityHubImport().mode()).isEqualTo(AuditProperties.ImportMode.CENTRAL);
        assertThat(defaults.accounts().ownerTags()).containsExactly("Owner", "Team", "Environment");
    }

    @Test
    void validateWhenSettingsAreWrongShouldNameEachOne() {
        // given several wrong settings
        AuditProperties settings = bind(Map.of(
                "audit.regions.allow", "eu-west-1,moon-1",
                "audit.regions.deny", "eu-west-1",
                "audit.accounts.allow", "12345",
                "audit.parallelism.accounts", "0",
                "audit.role.duration", "13h",
                "audit.aws.endpoint", "ftp://127.0.0.1:21",
                "audit.scoring.severity-weights.URGENT", "5",
                "audit.scoring.threshold", "120"));

        // when / then
        assertThatThrownBy(() -> SettingsValidator.validate(settings, Set.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).problems())
                        .containsExactlyInAnyOrder(
                                "audit.role.duration 13h must be between 15m and 12h",
                                "audit.regions.allow: 'moon-1' is not a region name such as eu-west-1",
                                "audit.regions.allow and audit.regions.deny both name [eu-west-1]",
                                "audit.accounts.allow: '12345' is not a 12-digit account id (quote it in YAML)",
                                "audit.parallelism.accounts is 0 but must be between 1 and 256",
                                "audit.aws.endpoint 'ftp://127.0.0.1:21' must be an http or https URL such as"
                                        + " http://127.0.0.1:5000",
                                "audit.scoring.severity-weights: 'URGENT' is not one of [CRITICAL, HIGH, MEDIUM,"
                                        + " LOW, INFORMATIONAL]",
                                "audit.scoring.threshold 120.0 must be between 0 and 100"));
    }

    @Test
    void validateWhenCheckWeightNamesNoCheckShouldFail() {
        AuditProperties settings = bind(Map.of("audit.scoring.check-weights.cloudtrail.nothing", "3"));

        assertThatThrownBy(() -> SettingsValidator.validate(settings, Set.of("cloudtrail.region-coverage")))
                .hasMessageContaining("audit.scoring.check-weights: no check has the id 'cloudtrail.nothing'");
    }

    @Test
    void validateWhenSandboxImportsWithoutLocalEndpointShouldFail() {
        AuditProperties settings = bind(Map.of("audit.mode", "sandbox", "audit.security-hub-import.enabled", "true"));

        assertThatThrownBy(() -> SettingsValidator.validate(settings, Set.of()))
                .hasMessageContaining("sandbox findings are imported only into a local endpoint");
    }

    @Test
    void runWhenSettingIsInvalidShouldExitWithConfigurationCodeBeforeAnyCall() {
        // when the auditor starts with a bad setting (an AWS run would otherwise call AWS)
        int code = IrAuditorApplication.run(
                "--audit.parallelism.accounts=0", "--audit.reports.state-directory=target/settings-test-state");

        // then
        assertThat(code).isEqualTo(ExitCode.INVALID_CONFIGURATION.code());
    }

    @Test
    void runWhenSettingCannotBeBoundShouldExitWithConfigurationCode() {
        int code = IrAuditorApplication.run(
                "--audit.parallelism.accounts=many", "--audit.reports.state-directory=target/settings-test-state");

        assertThat(code).isEqualTo(ExitCode.INVALID_CONFIGURATION.code());
    }

    @Test
    void runWhenAccountFilterMatchesNoAccountShouldExitWithConfigurationCode(@TempDir Path directory) {
        int code = IrAuditorApplication.run(
                "--audit.mode=sandbox",
                "--audit.accounts.allow=999999999999",
                "--audit.reports.directory=" + directory.resolve("reports"),
                "--audit.reports.state-directory=" + directory.resolve("state"));

        assertThat(code).isEqualTo(ExitCode.INVALID_CONFIGURATION.code());
    }

    @Test
    void validateWhenAnAccountIsBothAllowedAndDeniedShouldFail() {
        AuditProperties settings =
                bind(Map.of("audit.accounts.allow", "111122223333", "audit.accounts.deny", "111122223333"));

        assertThatThrownBy(() -> SettingsValidator.validate(settings, Set.of()))
                .hasMessageContaining("audit.accounts.allow and audit.accounts.deny both name [111122223333]");
    }

    private static AuditProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("audit", AuditProperties.class);
    }
}
