package org.irauditor.securityhub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.irauditor.audit.Check;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.Scope;
import org.irauditor.detective.DetectiveAutoEnableCheck;
import org.irauditor.detective.DetectiveBehaviorGraphCheck;
import org.irauditor.detective.DetectiveMembershipCheck;
import org.junit.jupiter.api.Test;

/** The Security Hub and Detective catalogue files agree with the check classes, as start-up validation demands. */
class SecurityHubCatalogTest {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final List<Check> CHECKS = List.of(
            new SecurityHubEnabledCheck(),
            new SecurityHubStandardsCheck(),
            new SecurityHubAdministratorCheck(),
            new SecurityHubAutoEnableCheck(),
            new SecurityHubFindingAggregatorCheck(),
            new DetectiveBehaviorGraphCheck(),
            new DetectiveMembershipCheck(),
            new DetectiveAutoEnableCheck());

    private static List<CheckMetadata> read(String file) throws IOException {
        try (InputStream in = SecurityHubCatalogTest.class.getResourceAsStream("/checks/" + file)) {
            return YAML.readValue(in, new TypeReference<List<CheckMetadata>>() {});
        }
    }

    @Test
    void catalogueEntriesShouldValidateAgainstTheChecks() throws IOException {
        // given
        List<CheckMetadata> entries = new ArrayList<>(read("securityhub.yml"));
        entries.addAll(read("detective.yml"));

        // when
        CheckCatalog catalog = CheckCatalog.of(entries, CHECKS);

        // then
        assertThat(catalog.entries())
                .extracting(CheckMetadata::id, CheckMetadata::scope)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DetectiveBehaviorGraphCheck.ID, Scope.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple(DetectiveMembershipCheck.ID, Scope.REGION),
                        org.assertj.core.groups.Tuple.tuple(DetectiveAutoEnableCheck.ID, Scope.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple(SecurityHubAdministratorCheck.ID, Scope.REGION),
                        org.assertj.core.groups.Tuple.tuple(SecurityHubEnabledCheck.ID, Scope.REGION),
                        org.assertj.core.groups.Tuple.tuple(SecurityHubFindingAggregatorCheck.ID, Scope.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple(SecurityHubAutoEnableCheck.ID, Scope.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple(SecurityHubStandardsCheck.ID, Scope.REGION));
        assertThat(catalog.entries())
                .allSatisfy(e -> assertThat(e.remediation().url()).startsWith("https://"));
    }
}
