package org.irauditor.report.asff;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One finding in the AWS Security Finding Format, shaped exactly as {@code BatchImportFindings} takes it (the
 * {@code AwsSecurityFinding} structure of the Security Hub API), with only the attributes this product fills.
 * Timestamps are RFC 3339 strings, as the API wants them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "SchemaVersion",
    "Id",
    "ProductArn",
    "GeneratorId",
    "AwsAccountId",
    "Region",
    "Types",
    "CreatedAt",
    "UpdatedAt",
    "FirstObservedAt",
    "LastObservedAt",
    "Severity",
    "Title",
    "Description",
    "Remediation",
    "ProductFields",
    "Resources",
    "Compliance",
    "FindingProviderFields",
    "RecordState"
})
public record AsffFinding(
        @JsonProperty("SchemaVersion") String schemaVersion,
        @JsonProperty("Id") String id,
        @JsonProperty("ProductArn") String productArn,
        @JsonProperty("GeneratorId") String generatorId,
        @JsonProperty("AwsAccountId") String awsAccountId,
        @JsonProperty("Region") String region,
        @JsonProperty("Types") List<String> types,
        @JsonProperty("CreatedAt") String createdAt,
        @JsonProperty("UpdatedAt") String updatedAt,
        @JsonProperty("FirstObservedAt") String firstObservedAt,
        @JsonProperty("LastObservedAt") String lastObservedAt,
        @JsonProperty("Severity") SeverityField severity,
        @JsonProperty("Title") String title,
        @JsonProperty("Description") String description,
        @JsonProperty("Remediation") RemediationField remediation,
        @JsonProperty("ProductFields") Map<String, String> productFields,
        @JsonProperty("Resources") List<ResourceField> resources,
        @JsonProperty("Compliance") ComplianceField compliance,
        @JsonProperty("FindingProviderFields") FindingProviderField findingProviderFields,
        @JsonProperty("RecordState") String recordState) {

    public AsffFinding {
        types = types == null ? null : List.copyOf(types);
        productFields = productFields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(productFields));
        resources = resources == null ? null : List.copyOf(resources);
    }

    /** A copy with another owner: the account and product ARN under which Security Hub stores the finding. */
    public AsffFinding ownedBy(String account, String newProductArn) {
        return new AsffFinding(
                schemaVersion,
                id,
                newProductArn,
                generatorId,
                account,
                region,
                types,
                createdAt,
                updatedAt,
                firstObservedAt,
                lastObservedAt,
                severity,
                title,
                description,
                remediation,
                productFields,
                resources,
                compliance,
                findingProviderFields,
                recordState);
    }

    /** A copy with another record state, used to archive a finding this run no longer reports. */
    public AsffFinding withRecordState(String state) {
        return new AsffFinding(
                schemaVersion,
                id,
                productArn,
                generatorId,
                awsAccountId,
                region,
                types,
                createdAt,
                updatedAt,
                firstObservedAt,
                lastObservedAt,
                severity,
                title,
                description,
                remediation,
                productFields,
                resources,
                compliance,
                findingProviderFields,
                state);
    }

    /** A copy with the text fields given, used when over-long text is cut to the API's limits. */
    AsffFinding withTexts(String newTitle, String newDescription, RemediationField newRemediation) {
        return new AsffFinding(
                schemaVersion,
                id,
                productArn,
                generatorId,
                awsAccountId,
                region,
                types,
                createdAt,
                updatedAt,
                firstObservedAt,
                lastObservedAt,
                severity,
                newTitle,
                newDescription,
                newRemediation,
                productFields,
                resources,
                compliance,
                findingProviderFields,
                recordState);
    }

    /** A copy with other product fields, used when over-long values are cut to the API's limits. */
    AsffFinding withProductFields(Map<String, String> fields) {
        return new AsffFinding(
                schemaVersion,
                id,
                productArn,
                generatorId,
                awsAccountId,
                region,
                types,
                createdAt,
                updatedAt,
                firstObservedAt,
                lastObservedAt,
                severity,
                title,
                description,
                remediation,
                fields,
                resources,
                compliance,
                findingProviderFields,
                recordState);
    }

    /** {@code Severity}: the normalised label and the product's own severity. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SeverityField(
            @JsonProperty("Label") String label,
            @JsonProperty("Original") String original) {}

    /** {@code Remediation}. */
    public record RemediationField(
            @JsonProperty("Recommendation") Recommendation recommendation) {}

    /** {@code Remediation.Recommendation}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Recommendation(
            @JsonProperty("Text") String text,
            @JsonProperty("Url") String url) {}

    /** One entry of {@code Resources}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Type", "Id", "Partition", "Region"})
    public record ResourceField(
            @JsonProperty("Type") String type,
            @JsonProperty("Id") String id,
            @JsonProperty("Partition") String partition,
            @JsonProperty("Region") String region) {}

    /** {@code Compliance}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ComplianceField(
            @JsonProperty("Status") String status,
            @JsonProperty("RelatedRequirements") List<String> relatedRequirements) {

        public ComplianceField {
            relatedRequirements = relatedRequirements == null ? List.of() : List.copyOf(relatedRequirements);
        }
    }

    /** {@code FindingProviderFields}: the provider's own severity and types, kept apart from later edits. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FindingProviderField(
            @JsonProperty("Severity") SeverityField severity,
            @JsonProperty("Types") List<String> types) {

        public FindingProviderField {
            types = types == null ? null : List.copyOf(types);
        }
    }
}
