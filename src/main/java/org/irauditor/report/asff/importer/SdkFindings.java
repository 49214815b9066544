package org.irauditor.report.asff.importer;

import java.util.List;
import org.irauditor.report.asff.AsffFinding;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.securityhub.model.Compliance;
import software.amazon.awssdk.services.securityhub.model.FindingProviderFields;
import software.amazon.awssdk.services.securityhub.model.FindingProviderSeverity;
import software.amazon.awssdk.services.securityhub.model.Recommendation;
import software.amazon.awssdk.services.securityhub.model.Remediation;
import software.amazon.awssdk.services.securityhub.model.Resource;
import software.amazon.awssdk.services.securityhub.model.Severity;

/** Copies a validated {@link AsffFinding} into the SDK's request model, field by field. */
final class SdkFindings {

    private SdkFindings() {}

    static AwsSecurityFinding toSdk(AsffFinding f) {
        AwsSecurityFinding.Builder builder = AwsSecurityFinding.builder()
                .schemaVersion(f.schemaVersion())
                .id(f.id())
                .productArn(f.productArn())
                .generatorId(f.generatorId())
                .awsAccountId(f.awsAccountId())
                .region(f.region())
                .types(f.types())
                .createdAt(f.createdAt())
                .updatedAt(f.updatedAt())
                .firstObservedAt(f.firstObservedAt())
                .lastObservedAt(f.lastObservedAt())
                .severity(Severity.builder()
                        .label(f.severity().label())
                        .original(f.severity().original())
                        .build())
                .title(f.title())
                .description(f.description())
                .productFields(f.productFields())
                .resources(resources(f.resources()))
                .recordState(f.recordState());
        if (f.remediation() != null && f.remediation().recommendation() != null) {
            builder.remediation(Remediation.builder()
                    .recommendation(Recommendation.builder()
                            .text(f.remediation().recommendation().text())
                            .url(f.remediation().recommendation().url())
                            .build())
                    .build());
        }
        if (f.compliance() != null) {
            builder.compliance(Compliance.builder()
                    .status(f.compliance().status())
                    .relatedRequirements(
                            f.compliance().relatedRequirements().isEmpty()
                                    ? null
                                    : f.compliance().relatedRequirements())
                    .build());
        }
        if (f.findingProviderFields() != null) {
            AsffFinding.SeverityField severity = f.findingProviderFields().severity();
            builder.findingProviderFields(FindingProviderFields.builder()
                    .severity(FindingProviderSeverity.builder()
                            .label(severity.label())
                            .original(severity.original())
                            .build())
                    .types(f.findingProviderFields().types())
                    .build());
        }
        return builder.build();
    }

    private static List<Resource> resources(List<AsffFinding.ResourceField> resources) {
        return resources.stream()
                .map(r -> Resource.builder()
                        .type(r.type())
                        .id(r.id())
                        .partition(r.partition())
                        .region(r.region())
                        .build())
                .toList();
    }
}
