package org.irauditor.report.asff;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.irauditor.core.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.securityhub.model.ComplianceStatus;
import software.amazon.awssdk.services.securityhub.model.Partition;
import software.amazon.awssdk.services.securityhub.model.RecordState;
import software.amazon.awssdk.services.securityhub.model.SeverityLabel;

/**
 * Checks a finding against what {@code BatchImportFindings} accepts before it is written or sent. Over-long text
 * is cut with an ellipsis and a logged notice; anything else Security Hub would refuse throws an
 * {@link InvalidFindingException} naming the finding and the field.
 */
public final class AsffValidator {

    /** The only ASFF schema version (AwsSecurityFinding.SchemaVersion, Security Hub API reference). */
    public static final String SCHEMA_VERSION = "2018-10-08";

    /**
     * Attributes the Security Hub API reference marks "Required: Yes" on AwsSecurityFinding, plus Severity and
     * Types, which the ASFF documentation lists as required top-level attributes.
     */
    public static final List<String> REQUIRED_FIELDS = List.of(
            "SchemaVersion",
            "Id",
            "ProductArn",
            "GeneratorId",
            "AwsAccountId",
            "CreatedAt",
            "UpdatedAt",
            "Title",
            "Description",
            "Resources",
            "Severity",
            "Types");

    /** AwsSecurityFinding.Title: at most 256 characters (API reference). */
    public static final int MAX_TITLE = 256;
    /** AwsSecurityFinding.Description: at most 1024 characters (API reference). */
    public static final int MAX_DESCRIPTION = 1024;
    /** Recommendation.Text: at most 512 characters (API reference). */
    public static final int MAX_RECOMMENDATION_TEXT = 512;
    /** AwsSecurityFinding.Id and GeneratorId: at most 512 characters (API reference). */
    public static final int MAX_ID = 512;
    /** AwsSecurityFinding.Resources: at most 32 resources (API reference). */
    public static final int MAX_RESOURCES = 32;
    /** AwsSecurityFinding.Types: at most 50 types (API reference). */
    public static final int MAX_TYPES = 50;
    /** Compliance.RelatedRequirements: at most 32 items (API reference). */
    public static final int MAX_RELATED_REQUIREMENTS = 32;
    /** ProductFields: at most 50 key-value pairs (API reference). */
    public static final int MAX_PRODUCT_FIELDS = 50;
    /** ProductFields: keys of at most 128 characters (API reference). */
    public static final int MAX_PRODUCT_FIELD_KEY = 128;
    /** ProductFields: values of at most 2048 characters (API reference). */
    public static final int MAX_PRODUCT_FIELD_VALUE = 2048;
    /** One finding may not exceed 240 KB of JSON (Security Hub user guide, BatchImportFindings). */
    public static final int MAX_FINDING_BYTES = 240 * 1024;

    private static final String ELLIPSIS = "…";
    private static final Logger log = LoggerFactory.getLogger(AsffValidator.class);

    private AsffValidator() {}

    /** The finding as it may be sent: text cut to the limits; throws when anything else is wrong. */
    public static AsffFinding validate(AsffFinding finding) {
        String id = finding.id() == null ? "(no Id)" : finding.id();
        requireFields(id, finding);
        AsffFinding cut = truncate(id, finding);
        checkLimits(id, cut);
        checkEnums(id, cut);
        checkStrings(id, cut);
        checkSize(id, cut);
        return cut;
    }

    /** The size of a finding as JSON in UTF-8, the measure the 240 KB and 6 MB limits apply to. */
    public static int sizeInBytes(AsffFinding finding) {
        try {
            return Json.mapper().writeValueAsString(finding).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a finding cannot be written as JSON", e);
        }
    }

    private static void requireFields(String id, AsffFinding f) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("SchemaVersion", f.schemaVersion());
        values.put("Id", f.id());
        values.put("ProductArn", f.productArn());
        values.put("GeneratorId", f.generatorId());
        values.put("AwsAccountId", f.awsAccountId());
        values.put("CreatedAt", f.createdAt());
        values.put("UpdatedAt", f.updatedAt());
        values.put("Title", f.title());
        values.put("Description", f.description());
        values.put("Resources", f.resources());
        values.put("Severity", f.severity());
        values.put("Types", f.types());
        for (String field : REQUIRED_FIELDS) {
            Object value = values.get(field);
            if (value == null || (value instanceof List<?> list && list.isEmpty())) {
                throw new InvalidFindingException(id, field, "is required");
            }
        }
        if (!SCHEMA_VERSION.equals(f.schemaVersion())) {
            throw new InvalidFindingException(id, "SchemaVersion", "must be " + SCHEMA_VERSION);
        }
    }

    private static AsffFinding truncate(String id, AsffFinding f) {
        String title = cut(id, "Title", f.title(), MAX_TITLE);
        String description = cut(id, "Description", f.description(), MAX_DESCRIPTION);
        AsffFinding.RemediationField remediation = f.remediation();
        if (remediation != null && remediation.recommendation() != null) {
            AsffFinding.Recommendation r = remediation.recommendation();
            String text = cut(id, "Remediation.Recommendation.Text", r.text(), MAX_RECOMMENDATION_TEXT);
            remediation = new AsffFinding.RemediationField(new AsffFinding.Recommendation(text, r.url()));
        }
        AsffFinding result = f.withTexts(title, description, remediation);
        if (f.productFields() != null) {
            Map<String, String> fields = new LinkedHashMap<>();
            f.productFields()
                    .forEach((key, value) ->
                            fields.put(key, cut(id, "ProductFields." + key, value, MAX_PRODUCT_FIELD_VALUE)));
            result = result.withProductFields(fields);
        }
        return result;
    }

    private static String cut(String id, String field, String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        log.info(
                "Text cut to the Security Hub limit finding={} field={} length={} limit={}",
                id,
                field,
                text.length(),
                limit);
        return text.substring(0, limit - ELLIPSIS.length()) + ELLIPSIS;
    }

    private static void checkLimits(String id, AsffFinding f) {
        atMost(id, "Id", f.id().length(), MAX_ID, "characters");
        atMost(id, "GeneratorId", f.generatorId().length(), MAX_ID, "characters");
        atMost(id, "Resources", f.resources().size(), MAX_RESOURCES, "resources");
        atMost(id, "Types", f.types().size(), MAX_TYPES, "types");
        if (f.findingProviderFields() != null && f.findingProviderFields().types() != null) {
            atMost(
                    id,
                    "FindingProviderFields.Types",
                    f.findingProviderFields().types().size(),
                    MAX_TYPES,
                    "types");
        }
        if (f.compliance() != null) {
            atMost(
                    id,
                    "Compliance.RelatedRequirements",
                    f.compliance().relatedRequirements().size(),
                    MAX_RELATED_REQUIREMENTS,
                    "items");
        }
        if (f.productFields() != null) {
            atMost(id, "ProductFields", f.productFields().size(), MAX_PRODUCT_FIELDS, "entries");
            for (String key : f.productFields().keySet()) {
                atMost(id, "ProductFields key " + key, key.length(), MAX_PRODUCT_FIELD_KEY, "characters");
            }
        }
        if (!f.awsAccountId().matches("\\d{12}")) {
            throw new InvalidFindingException(id, "AwsAccountId", "must be 12 digits, is '" + f.awsAccountId() + "'");
        }
    }

    private static void atMost(String id, String field, int actual, int limit, String unit) {
        if (actual > limit) {
            throw new InvalidFindingException(id, field, "has " + actual + " " + unit + ", at most " + limit);
        }
    }

    private static void checkEnums(String id, AsffFinding f) {
        if (f.severity().label() == null) {
            throw new InvalidFindingException(id, "Severity.Label", "is required");
        }
        known(
                id,
                "Severity.Label",
                f.severity().label(),
                SeverityLabel::fromValue,
                SeverityLabel.UNKNOWN_TO_SDK_VERSION);
        if (f.compliance() != null) {
            known(
                    id,
                    "Compliance.Status",
                    f.compliance().status(),
                    ComplianceStatus::fromValue,
                    ComplianceStatus.UNKNOWN_TO_SDK_VERSION);
        }
        if (f.recordState() != null) {
            known(id, "RecordState", f.recordState(), RecordState::fromValue, RecordState.UNKNOWN_TO_SDK_VERSION);
        }
        for (AsffFinding.ResourceField resource : f.resources()) {
            if (resource.partition() != null) {
                known(
                        id,
                        "Resources.Partition",
                        resource.partition(),
                        Partition::fromValue,
                        Partition.UNKNOWN_TO_SDK_VERSION);
            }
        }
    }

    private static <E> void known(String id, String field, String value, Function<String, E> parse, E unknown) {
        if (value == null || parse.apply(value) == unknown) {
            throw new InvalidFindingException(id, field, "'" + value + "' is not a value Security Hub knows");
        }
    }

    private static void checkStrings(String id, AsffFinding f) {
        notBlank(id, "ProductArn", f.productArn());
        notBlank(id, "GeneratorId", f.generatorId());
        notBlank(id, "Title", f.title());
        notBlank(id, "Description", f.description());
        notBlank(id, "Region", f.region());
        notBlank(id, "Severity.Original", f.severity().original());
        f.types().forEach(t -> notBlank(id, "Types", t));
        for (int i = 0; i < f.resources().size(); i++) {
            AsffFinding.ResourceField resource = f.resources().get(i);
            if (resource.type() == null || resource.id() == null) {
                throw new InvalidFindingException(id, "Resources[" + i + "]", "needs a Type and an Id");
            }
            notBlank(id, "Resources[" + i + "].Type", resource.type());
            notBlank(id, "Resources[" + i + "].Id", resource.id());
        }
        if (f.remediation() != null && f.remediation().recommendation() != null) {
            notBlank(
                    id,
                    "Remediation.Recommendation.Text",
                    f.remediation().recommendation().text());
            notBlank(
                    id,
                    "Remediation.Recommendation.Url",
                    f.remediation().recommendation().url());
        }
        if (f.productFields() != null) {
            f.productFields().forEach((key, value) -> {
                notBlank(id, "ProductFields key", key);
                notBlank(id, "ProductFields." + key, value);
            });
        }
        if (f.compliance() != null) {
            f.compliance().relatedRequirements().forEach(r -> notBlank(id, "Compliance.RelatedRequirements", r));
        }
    }

    /** The API model's NonEmptyString pattern refuses empty and blank strings wherever a string is given. */
    private static void notBlank(String id, String field, String value) {
        if (value != null && value.isBlank()) {
            throw new InvalidFindingException(id, field, "is empty");
        }
    }

    private static void checkSize(String id, AsffFinding f) {
        atMost(id, "(whole finding)", sizeInBytes(f), MAX_FINDING_BYTES, "bytes of JSON");
    }
}
