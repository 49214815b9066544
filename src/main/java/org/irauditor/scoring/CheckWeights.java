package org.irauditor.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.InvalidConfigurationException;
import org.irauditor.core.Severity;
import org.irauditor.settings.AuditProperties;

/**
 * The weight of each check: the configured weight of its id, else the configured weight of its severity, else the
 * severity's default.
 */
public final class CheckWeights {

    private final Map<String, Integer> severityWeights;
    private final Map<String, Integer> checkWeights;

    public CheckWeights(AuditProperties.Scoring scoring) {
        this.severityWeights = scoring == null ? Map.of() : normalise(scoring.severityWeights());
        this.checkWeights = scoring == null || scoring.checkWeights() == null ? Map.of() : scoring.checkWeights();
        validate();
    }

    public int weightOf(CheckMetadata check) {
        Integer byId = checkWeights.get(check.id());
        if (byId != null) {
            return byId;
        }
        Severity severity = check.severity();
        return severityWeights.getOrDefault(severity.name(), severity.defaultWeight());
    }

    private static Map<String, Integer> normalise(Map<String, Integer> weights) {
        if (weights == null) {
            return Map.of();
        }
        Map<String, Integer> byName = new HashMap<>();
        weights.forEach((key, value) -> byName.put(key.trim().toUpperCase(Locale.ROOT), value));
        return byName;
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        severityWeights.forEach((key, value) -> {
            if (Arrays.stream(Severity.values()).noneMatch(s -> s.name().equals(key))) {
                problems.add("audit.scoring.severity-weights." + key + ": not a severity");
            }
            if (value == null || value < 0) {
                problems.add("audit.scoring.severity-weights." + key + ": must be 0 or more");
            }
        });
        checkWeights.forEach((key, value) -> {
            if (value == null || value < 0) {
                problems.add("audit.scoring.check-weights." + key + ": must be 0 or more");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("The scoring weights are invalid", problems);
        }
    }
}
