package org.irauditor.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.Set;
import org.irauditor.core.Json;

/**
 * Reads an EventBridge event pattern and tells which findings it matches. A pattern matches a service's findings
 * when its {@code source} names the service (or is absent and its {@code detail-type} names a finding type) and
 * its {@code detail-type} is absent or names a finding type. Narrowing on {@code detail} (for example only high
 * severity findings) still counts: routing the findings that matter is a legitimate choice.
 */
final class FindingPattern {

    /** The findings a rule can route. */
    enum FindingSource {
        SECURITY_HUB(
                "aws.securityhub", Set.of("Security Hub Findings - Imported", "Security Hub Findings - Custom Action")),
        GUARDDUTY("aws.guardduty", Set.of("GuardDuty Finding"));

        private final String source;
        private final Set<String> detailTypes;

        FindingSource(String source, Set<String> detailTypes) {
            this.source = source;
            this.detailTypes = detailTypes;
        }
    }

    private FindingPattern() {}

    /** The finding sources the pattern matches; empty for a malformed or unrelated pattern. */
    static Set<FindingSource> matches(String eventPattern) {
        Set<FindingSource> matched = EnumSet.noneOf(FindingSource.class);
        JsonNode pattern = parse(eventPattern);
        if (pattern == null || !pattern.isObject()) {
            return matched;
        }
        for (FindingSource finding : FindingSource.values()) {
            if (matches(pattern, finding)) {
                matched.add(finding);
            }
        }
        return matched;
    }

    private static boolean matches(JsonNode pattern, FindingSource finding) {
        JsonNode source = pattern.get("source");
        JsonNode detailType = pattern.get("detail-type");
        boolean sourceMatches =
                source == null ? names(detailType, finding.detailTypes) : names(source, Set.of(finding.source));
        boolean typeMatches = detailType == null || names(detailType, finding.detailTypes);
        return sourceMatches && typeMatches;
    }

    /** True when the pattern field lists one of the values as an exact string. */
    private static boolean names(JsonNode field, Set<String> values) {
        if (field == null || !field.isArray()) {
            return false;
        }
        for (JsonNode value : field) {
            if (value.isTextual() && values.contains(value.asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode parse(String eventPattern) {
        if (eventPattern == null || eventPattern.isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readTree(eventPattern);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
