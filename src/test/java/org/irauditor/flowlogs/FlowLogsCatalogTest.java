package org.irauditor.flowlogs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.Scope;
import org.junit.jupiter.api.Test;

class FlowLogsCatalogTest {

    @Test
    void catalogWhenLoadedWithTheFlowLogsCheckShouldAcceptItsEntry() throws IOException {
        // given
        List<CheckMetadata> entries;
        try (InputStream in = getClass().getResourceAsStream("/checks/flowlogs.yml")) {
            entries = JsonMapper.builder(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, new TypeReference<List<CheckMetadata>>() {});
        }

        // when
        CheckCatalog catalog = CheckCatalog.of(entries, List.of(new VpcFlowLogsCheck()));

        // then
        assertThat(catalog.get(VpcFlowLogsCheck.ID).scope()).isEqualTo(Scope.REGION);
        assertThat(catalog.get(VpcFlowLogsCheck.ID).relatedRequirements()).contains("Security Hub EC2.6");
    }
}
