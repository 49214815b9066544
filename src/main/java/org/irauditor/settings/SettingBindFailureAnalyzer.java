package org.irauditor.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Prints a setting whose value has the wrong type as the setting, the value and what it accepts, instead of
 * Spring's conversion message naming Java types. Runs before Spring Boot's own analyzer for the same failure.
 */
public class SettingBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        ConfigurationProperty property = cause.getProperty();
        if (property == null) {
            // no single value to blame (a whole group failed): Spring Boot's own analysis says more
            return null;
        }
        String value = String.valueOf(property.getValue());
        return new FailureAnalysis(
                describe(
                        cause.getName().toString(),
                        value,
                        cause.getTarget().getType().resolve(Object.class)),
                "Correct the setting (config/application.yml, environment variables or --audit.* arguments)"
                        + " and run again. Nothing was sent to AWS.",
                cause);
    }

    static String describe(String name, String value, Class<?> type) {
        return name + ": '" + value + "' " + expectation(type);
    }

    private static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "is not one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "is not a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "is not a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "is not true or false";
        }
        if (type == Duration.class) {
            return "is not a duration such as 30s, 15m or 1h";
        }
        if (type == URI.class) {
            return "is not an address such as http://127.0.0.1:5000";
        }
        if (type == Path.class) {
            return "is not a folder name";
        }
        return "cannot be read as " + type.getSimpleName();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
