package org.irauditor.report.asff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irauditor.core.Status;
import org.junit.jupiter.api.Test;

class AsffValidatorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final AsffFindings builder = new AsffFindings(AsffTestData.organization("aws"), "aws", "us-east-1", NOW);

    private AsffFinding valid() {
        return builder.finding(
                AsffTestData.regional(AsffTestData.MEMBER, "eu-west-1", Status.FAIL),
                AsffTestData.catalog().get(AsffTestData.REGIONAL),
                NOW);
    }

    @Test
    void validateWhenFindingIsValidShouldReturnItUnchanged() {
        assertThat(AsffValidator.validate(valid())).isEqualTo(valid());
    }

    @Test
    void validateWhenTitleIsTooLongShouldCutItWithAnEllipsis() {
        // given
        AsffFinding f = valid().withTexts("t".repeat(300), valid().description(), valid().remediation());

        // when
        AsffFinding cut = AsffValidator.validate(f);

        // then
        assertThat(cut.title()).hasSize(AsffValidator.MAX_TITLE).endsWith("…");
    }

    @Test
    void validateWhenDescriptionIsTooLongShouldCutIt() {
        AsffFinding f = valid().withTexts(valid().title(), "d".repeat(2000), valid().remediation());

        assertThat(AsffValidator.validate(f).description()).hasSize(1024).endsWith("…");
    }

    @Test
    void validateWhenRecommendationTextIsTooLongShouldCutIt() {
        AsffFinding f = valid().withTexts(
                        valid().title(),
                        valid().description(),
                        new AsffFinding.RemediationField(new AsffFinding.Recommendation("r".repeat(600), "https://x")));

        assertThat(AsffValidator.validate(f).remediation().recommendation().text())
                .hasSize(512)
                .endsWith("…");
    }

    @Test
    void validateWhenProductFieldValueIsTooLongShouldCutIt() {
        AsffFinding f = valid().withProductFields(Map.of("irauditor/Evidence/x", "v".repeat(3000)));

        assertThat(AsffValidator.validate(f).productFields().get("irauditor/Evidence/x"))
                .hasSize(2048);
    }

    @Test
    void validateWhenIdIsTooLongShouldRejectNamingTheField() {
        AsffFinding f = copy(valid(), "Id", "i".repeat(513));

        assertThatThrownBy(() -> AsffValidator.validate(f))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessageContaining("Id has 513 characters, at most 512");
    }

    @Test
    void validateWhenMoreThan32ResourcesShouldReject() {
        List<AsffFinding.ResourceField> resources =
                Collections.nCopies(33, new AsffFinding.ResourceField("Other", "r", "aws", "eu-west-1"));
        AsffFinding f = withResources(valid(), resources);

        assertThatThrownBy(() -> AsffValidator.validate(f))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessage("Finding " + f.id() + ": Resources has 33 resources, at most 32");
    }

    @Test
    void validateWhenMoreThan50TypesShouldReject() {
        AsffFinding f = withTypes(
                valid(), Collections.nCopies(51, "Software and Configuration Checks/AWS Security Best Practices"));

        assertThatThrownBy(() -> AsffValidator.validate(f))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessageContaining("Types has 51 types, at most 50");
    }

    @Test
    void validateWhenMoreThan32RelatedRequirementsShouldReject() {
        AsffFinding f =
                withCompliance(valid(), new AsffFinding.ComplianceField("FAILED", Collections.nCopies(33, "CIS 1.1")));

        assertThatThrownBy(() -> AsffValidator.validate(f))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessageContaining("Compliance.RelatedRequirements has 33 items, at most 32");
    }

    @Test
    void validateWhenMoreThan50ProductFieldsShouldReject() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            fields.put("k" + i, "v");
        }

        assertThatThrownBy(() -> AsffValidator.validate(valid().withProductFields(fields)))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessageContaining("ProductFields has 51 entries, at most 50");
    }

    @Test
    void validateWhenProductFieldKeyIsTooLongShouldReject() {
        AsffFinding f = valid().withProductFields(Map.of("k".repeat(129), "v"));

        assertThatThrownBy(() -> AsffValidator.validate(f))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessageContaining("has 129 characters, at most 128");
    }

    @Test
    void validateWhenStringIsEmptyShouldRejectNamingTheField() {
        AsffFinding f = valid().withTexts(valid().title(), " ", valid().remediation());

        assertThatThrownBy(() -> AsffValidator.validate(f))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessage("Finding " + f.id() + ": Description is empty");
    }

    @Test
    void validateWhenOneOfSeveralRelatedRequirementsIsEmptyShouldReject() {
        AsffFinding f = withCompliance(valid(), new AsffFinding.ComplianceField("FAILED", List.of("", "CIS 1.1")));

        assertThatThrownBy(() -> AsffValidator.validate(f))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessage("Finding " + f.id() + ": Compliance.RelatedRequirements is empty");
    }

    @Test
    void validateWhenRequiredFieldIsMissingShouldReject() {
        AsffFinding f = copy(valid(), "GeneratorId", null);

        assertThatThrownBy(() -> AsffValidator.validate(f))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessage("Finding " + f.id() + ": GeneratorId is required");
    }

    @Test
    void validateWhenSeverityLabelIsUnknownShouldReject() {
        AsffFinding f = withSeverity(valid(), new AsffFinding.SeverityField("SEVERE", "HIGH"));

        assertThatThrownBy(() -> AsffValidator.validate(f))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessageContaining("Severity.Label 'SEVERE' is not a value Security Hub knows");
    }

    @Test
    void validateWhenFindingIsLargerThan240KilobytesShouldReject() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            fields.put("irauditor/Evidence/" + i, "x".repeat(2048));
        }
        List<AsffFinding.ResourceField> resources = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            resources.add(new AsffFinding.ResourceField("Other", "r".repeat(5000) + i, "aws", "eu-west-1"));
        }
        AsffFinding f = withResources(valid().withProductFields(fields), resources);

        assertThatThrownBy(() -> AsffValidator.validate(f))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessageContaining("(whole finding) has")
                .hasMessageContaining("bytes of JSON, at most 245760");
    }

    @Test
    void validateWhenAccountIdIsNotTwelveDigitsShouldReject() {
        AsffFinding f = valid().ownedBy("12345", valid().productArn());

        assertThatThrownBy(() -> AsffValidator.validate(f))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessageContaining("AwsAccountId must be 12 digits");
    }

    private static AsffFinding copy(AsffFinding f, String field, String value) {
        return new AsffFinding(
                f.schemaVersion(),
                field.equals("Id") ? value : f.id(),
                f.productArn(),
                field.equals("GeneratorId") ? value : f.generatorId(),
                f.awsAccountId(),
                f.region(),
                f.types(),
                f.createdAt(),
                f.updatedAt(),
                f.firstObservedAt(),
                f.lastObservedAt(),
                f.severity(),
                f.title(),
                f.description(),
                f.remediation(),
                f.productFields(),
                f.resources(),
                f.compliance(),
                f.findingProviderFields(),
                f.recordState());
    }

    private static AsffFinding withResources(AsffFinding f, List<AsffFinding.ResourceField> resources) {
        return new AsffFinding(
                f.schemaVersion(),
                f.id(),
                f.productArn(),
                f.generatorId(),
                f.awsAccountId(),
                f.region(),
                f.types(),
                f.createdAt(),
                f.updatedAt(),
                f.firstObservedAt(),
                f.lastObservedAt(),
                f.severity(),
                f.title(),
                f.description(),
                f.remediation(),
                f.productFields(),
                resources,
                f.compliance(),
                f.findingProviderFields(),
                f.recordState());
    }

    private static AsffFinding withTypes(AsffFinding f, List<String> types) {
        return new AsffFinding(
                f.schemaVersion(),
                f.id(),
                f.productArn(),
                f.generatorId(),
                f.awsAccountId(),
                f.region(),
                types,
                f.createdAt(),
                f.updatedAt(),
                f.firstObservedAt(),
                f.lastObservedAt(),
                f.severity(),
                f.title(),
                f.description(),
                f.remediation(),
                f.productFields(),
                f.resources(),
                f.compliance(),
                f.findingProviderFields(),
                f.recordState());
    }

    private static AsffFinding withCompliance(AsffFinding f, AsffFinding.ComplianceField compliance) {
        return new AsffFinding(
                f.schemaVersion(),
                f.id(),
                f.productArn(),
                f.generatorId(),
                f.awsAccountId(),
                f.region(),
                f.types(),
                f.createdAt(),
                f.updatedAt(),
                f.firstObservedAt(),
                f.lastObservedAt(),
                f.severity(),
                f.title(),
                f.description(),
                f.remediation(),
                f.productFields(),
                f.resources(),
                compliance,
                f.findingProviderFields(),
                f.recordState());
    }

    private static AsffFinding withSeverity(AsffFinding f, AsffFinding.SeverityField severity) {
        return new AsffFinding(
                f.schemaVersion(),
                f.id(),
                f.productArn(),
                f.generatorId(),
                f.awsAccountId(),
                f.region(),
                f.types(),
                f.createdAt(),
                f.updatedAt(),
                f.firstObservedAt(),
                f.lastObservedAt(),
                severity,
                f.title(),
                f.description(),
                f.remediation(),
                f.productFields(),
                f.resources(),
                f.compliance(),
                f.findingProviderFields(),
                f.recordState());
    }
}
