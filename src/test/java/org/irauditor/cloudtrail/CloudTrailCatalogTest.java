package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.irauditor.audit.Check;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.Json;
import org.junit.jupiter.api.Test;

/** The CloudTrail metadata matches the CloudTrail checks, and snapshots survive the trip between batch steps. */
class CloudTrailCatalogTest {

    private static final List<Check> CHECKS = List.of(
            new RegionCoverageCheck(),
            new TrailLoggingCheck(),
            new ManagementEventsCheck(),
            new LogFileValidationCheck(),
            new KmsEncryptionCheck(),
            new CloudWatchLogsDeliveryCheck(),
            new DeliveryErrorsCheck(),
            new S3DataEventsCheck(),
            new LambdaDataEventsCheck(),
            new InsightsCheck(),
            new LakeEventDataStoreCheck(),
            new OrganizationTrailCheck());

    @Test
    void catalogWhenCloudTrailMetadataIsLoadedShouldMatchEveryCheck() throws IOException {
        // given
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        List<CheckMetadata> entries;
        try (InputStream in = getClass().getResourceAsStream("/checks/cloudtrail.yml")) {
            entries = yaml.readValue(in, new TypeReference<List<CheckMetadata>>() {});
        }

        // when
        CheckCatalog catalog = CheckCatalog.of(entries, CHECKS);

        // then
        assertThat(catalog.entries()).hasSize(12);
        assertThat(catalog.regionalChecks()).hasSize(2);
        assertThat(catalog.organizationChecks()).extracting(Check::id).containsExactly(OrganizationTrailCheck.ID);
    }

    @Test
    void snapshotWhenWrittenAndReadWithTheMapperShouldBeEqual() throws IOException {
        // given
        CloudTrailSnapshot snapshot = CloudTrailFixtures.cloudTrail("management-org-trail.json");

        // when
        String json = Json.mapper().writeValueAsString(snapshot);
        CloudTrailSnapshot read = Json.mapper().readValue(json, CloudTrailSnapshot.class);

        // then
        assertThat(read).isEqualTo(snapshot);
        assertThat(json).contains("\"TrailARN\"", "\"IsMultiRegionTrail\"", "\"AdvancedEventSelectors\"");
    }
}
