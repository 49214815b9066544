package org.irauditor.guardduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.Scope;
import org.irauditor.core.Severity;
import org.junit.jupiter.api.Test;

class GuardDutyCatalogTest {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void catalogWhenLoadedWithTheGuardDutyChecksShouldAcceptEveryEntry() throws IOException {
        // given
        List<CheckMetadata> entries = read("/checks/guardduty.yml");

        // when
        CheckCatalog catalog = CheckCatalog.of(
                entries,
                List.of(
                        new GuardDutyDetectorCheck(),
                        new GuardDutyMembershipCheck(),
                        new GuardDutyAutoEnableCheck(),
                        new GuardDutyProtectionPlansCheck()));

        // then
        assertThat(catalog.entries())
                .extracting(CheckMetadata::id)
                .containsExactly(
                        GuardDutyDetectorCheck.ID,
                        GuardDutyAutoEnableCheck.ID,
                        GuardDutyMembershipCheck.ID,
                        GuardDutyProtectionPlansCheck.ID);
        assertThat(catalog.get(GuardDutyAutoEnableCheck.ID).scope()).isEqualTo(Scope.ORGANIZATION);
        assertThat(catalog.get(GuardDutyProtectionPlansCheck.ID).severity()).isEqualTo(Severity.LOW);
    }

    static List<CheckMetadata> read(String resource) throws IOException {
        try (InputStream in = GuardDutyCatalogTest.class.getResourceAsStream(resource)) {
            return YAML.readValue(in, new TypeReference<List<CheckMetadata>>() {});
        }
    }
}
