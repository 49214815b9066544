package org.irauditor.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irauditor.IrAuditorApplication;
import org.irauditor.job.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

@ExtendWith(OutputCaptureExtension.class)
class SettingBindFailureAnalyzerTest {

    @TempDir
    Path tmp;

    @Test
    void analyzeWhenModeIsUnknownShouldListTheModes() {
        assertThat(describe("audit.mode", "foo")).isEqualTo("audit.mode: 'foo' is not one of aws, sandbox");
    }

    @Test
    void analyzeWhenNumberIsNotWholeShouldSaySo() {
        assertThat(describe("audit.parallelism.accounts", "abc"))
                .isEqualTo("audit.parallelism.accounts: 'abc' is not a whole number");
    }

    @Test
    void analyzeWhenDurationIsMalformedShouldShowTheAcceptedForm() {
        assertThat(describe("audit.role.duration", "5x"))
                .isEqualTo("audit.role.duration: '5x' is not a duration such as 30s, 15m or 1h");
    }

    @Test
    void analyzeWhenThresholdIsNotANumberShouldSaySo() {
        assertThat(describe("audit.scoring.threshold", "high"))
                .isEqualTo("audit.scoring.threshold: 'high' is not a number");
    }

    @Test
    void analyzeWhenFlagIsNotBooleanShouldSaySo() {
        assertThat(describe("audit.security-hub-import.enabled", "maybe"))
                .isEqualTo("audit.security-hub-import.enabled: 'maybe' is not true or false");
    }

    @Test
    void sortWhenListedAfterSpringBootsAnalyzerShouldComeFirst() throws ReflectiveOperationException {
        // given Spring Boot's analyzer of the same failure listed first, as a classpath order could list it
        Constructor<?> constructor = Class.forName("org.springframework.boot.diagnostics.analyzer.BindFailureAnalyzer")
                .getDeclaredConstructor();
        constructor.setAccessible(true);
        Object springBoots = constructor.newInstance();
        SettingBindFailureAnalyzer ours = new SettingBindFailureAnalyzer();
        List<Object> analyzers = new ArrayList<>(List.of(springBoots, ours));

        // when sorted as the failure analyzers loaded from spring.factories are
        AnnotationAwareOrderComparator.sort(analyzers);

        // then
        assertThat(analyzers).containsExactly(ours, springBoots);
    }

    @Test
    void runWhenModeIsUnknownShouldPrintOurDescriptionAndExitWithConfigurationCode(CapturedOutput output) {
        // when
        int code = IrAuditorApplication.run(
                "--audit.mode=foo",
                "--audit.reports.directory=" + tmp.resolve("reports"),
                "--audit.reports.state-directory=" + tmp.resolve("state"));

        // then Spring Boot's own analysis of the same failure (naming Java types) is not the one printed
        assertThat(code).isEqualTo(ExitCode.INVALID_CONFIGURATION.code());
        assertThat(output).contains("audit.mode: 'foo' is not one of aws, sandbox");
        assertThat(output).doesNotContain("No enum constant");
    }

    @Test
    void runWhenDurationIsMalformedShouldExitWithConfigurationCode(CapturedOutput output) {
        int code = IrAuditorApplication.run(
                "--audit.mode=sandbox",
                "--audit.role.duration=5x",
                "--audit.reports.directory=" + tmp.resolve("reports"),
                "--audit.reports.state-directory=" + tmp.resolve("state"));

        assertThat(code).isEqualTo(ExitCode.INVALID_CONFIGURATION.code());
        assertThat(output).contains("audit.role.duration: '5x' is not a duration such as 30s, 15m or 1h");
    }

    private static String describe(String name, String value) {
        // given a value that cannot be bound to its setting's type
        BindException failure = catchThrowableOfType(
                () -> new Binder(new MapConfigurationPropertySource(Map.of(name, value)))
                        .bind("audit", AuditProperties.class),
                BindException.class);

        // when
        return new SettingBindFailureAnalyzer()
                .analyze(new IllegalStateException(failure))
                .getDescription();
    }
}
