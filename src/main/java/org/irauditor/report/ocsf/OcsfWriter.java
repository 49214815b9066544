package org.irauditor.report.ocsf;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Json;
import org.irauditor.core.Severity;
import org.irauditor.core.Status;
import org.irauditor.report.AuditReport;
import org.irauditor.report.OneEntryPerLine;
import org.irauditor.report.ReportWriter;
import org.irauditor.report.asff.AsffFindings;
import org.irauditor.report.asff.FindingId;
import org.irauditor.report.asff.ReportFindings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes {@value #FILE_NAME}: every result as an OCSF Compliance Finding (class 2003, category Findings), for
 * security lakes and SIEMs that read OCSF. A finding has the same {@code finding_info.uid} as its ASFF twin.
 */
@Component
public class OcsfWriter implements ReportWriter {

    public static final String FILE_NAME = "findings.ocsf.json";

    /** The OCSF schema version the events follow. */
    public static final String OCSF_VERSION = "1.3.0";

    /** Compliance Finding: class 2003 in category 2, Findings (OCSF schema). */
    public static final int CLASS_UID = 2003;

    public static final int CATEGORY_UID = 2;

    /** Activity 1, Create: a finding reported by this run. */
    public static final int ACTIVITY_CREATE = 1;

    private static final Logger log = LoggerFactory.getLogger(OcsfWriter.class);

    private final ReportFindings findings;

    public OcsfWriter(ReportFindings findings) {
        this.findings = findings;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(AuditReport report, Path runDirectory) throws IOException {
        Files.createDirectories(runDirectory);
        Path file = runDirectory.resolve(FILE_NAME);
        AsffFindings asff = ReportFindings.findingsOf(report);
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new OneEntryPerLine());
            json.writeStartArray();
            ReportFindings.Summary summary = findings.walk(
                    report,
                    (result, check, firstSeen) -> writeOne(json, event(report, asff, result, check, firstSeen)));
            json.writeEndArray();
            log.info(
                    "OCSF findings written file={} findings={} skipped={}",
                    file,
                    summary.findings(),
                    summary.skipped());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One Compliance Finding event. */
    static ObjectNode event(
            AuditReport report, AsffFindings asff, CheckResult result, CheckMetadata check, Instant firstSeen) {
        ObjectNode event = Json.mapper().createObjectNode();
        event.put("class_uid", CLASS_UID);
        event.put("class_name", "Compliance Finding");
        event.put("category_uid", CATEGORY_UID);
        event.put("category_name", "Findings");
        event.put("activity_id", ACTIVITY_CREATE);
        event.put("activity_name", "Create");
        event.put("type_uid", CLASS_UID * 100 + ACTIVITY_CREATE);
        event.put("time", asff.observedAt().toEpochMilli());
        event.put("severity_id", severityId(check.severity()));
        event.put(
                "severity",
                check.severity().name().charAt(0)
                        + check.severity().name().substring(1).toLowerCase());
        event.put("status_id", findingStatusId(result.status()));
        event.put("status", findingStatusName(result.status()));
        event.put("message", result.message());
        event.set("metadata", metadata(report));
        event.set("finding_info", findingInfo(result, check, firstSeen));
        event.set("compliance", compliance(result, check));
        event.set("cloud", cloud(report, asff, result));
        event.set("resources", resources(asff, result));
        if (check.remediation() != null) {
            ObjectNode remediation = event.putObject("remediation");
            remediation.put("desc", check.remediation().text());
            if (check.remediation().url() != null) {
                remediation.putArray("references").add(check.remediation().url());
            }
        }
        if (!result.evidence().isEmpty()) {
            ObjectNode unmapped = event.putObject("unmapped");
            result.evidence().forEach(unmapped::put);
        }
        return event;
    }

    /** OCSF severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
    static int severityId(Severity severity) {
        return switch (severity) {
            case INFORMATIONAL -> 1;
            case LOW -> 2;
            case MEDIUM -> 3;
            case HIGH -> 4;
            case CRITICAL -> 5;
        };
    }

    /** OCSF finding status_id: 1 New (a gap or an open question), 4 Resolved (passed), 99 Other. */
    static int findingStatusId(Status status) {
        return switch (status) {
            case PASS -> 4;
            case FAIL, UNKNOWN -> 1;
            case NOT_APPLICABLE -> 99;
        };
    }

    private static String findingStatusName(Status status) {
        return switch (status) {
            case PASS -> "Resolved";
            case FAIL, UNKNOWN -> "New";
            case NOT_APPLICABLE -> "Not applicable";
        };
    }

    /** OCSF compliance.status_id: 0 Unknown, 1 Pass, 2 Warning, 3 Fail, 99 Other. */
    static int complianceStatusId(Status status) {
        return switch (status) {
            case PASS -> 1;
            case FAIL -> 3;
            case UNKNOWN -> 0;
            case NOT_APPLICABLE -> 99;
        };
    }

    private static ObjectNode metadata(AuditReport report) {
        ObjectNode metadata = Json.mapper().createObjectNode();
        metadata.put("version", OCSF_VERSION);
        ObjectNode product = metadata.putObject("product");
        product.put("name", "IR Readiness Auditor");
        product.put("vendor_name", "IR Readiness Auditor");
        if (report.run().version() != null) {
            product.put("version", report.run().version());
        }
        metadata.put("log_name", FILE_NAME);
        metadata.put("correlation_uid", report.run().runId());
        return metadata;
    }

    private static ObjectNode findingInfo(CheckResult result, CheckMetadata check, Instant firstSeen) {
        ObjectNode info = Json.mapper().createObjectNode();
        info.put("uid", FindingId.of(result));
        info.put("title", check.title());
        info.put("desc", result.message());
        info.put("created_time", firstSeen.toEpochMilli());
        info.put("first_seen_time", firstSeen.toEpochMilli());
        info.putArray("types")
                .addAll(check.asffTypes().stream()
                        .map(Json.mapper().getNodeFactory()::textNode)
                        .toList());
        return info;
    }

    private static ObjectNode compliance(CheckResult result, CheckMetadata check) {
        ObjectNode compliance = Json.mapper().createObjectNode();
        compliance.put("control", check.id());
        compliance.put("status_id", complianceStatusId(result.status()));
        compliance.put("status", statusName(result.status()));
        Set<String> standards = new LinkedHashSet<>();
        standards.add("IR Readiness Auditor");
        check.relatedRequirements().stream()
                .filter(r -> r.contains("/"))
                .map(r -> r.substring(0, r.indexOf('/')))
                .forEach(standards::add);
        ArrayNode standardsNode = compliance.putArray("standards");
        standards.forEach(standardsNode::add);
        ArrayNode requirements = compliance.putArray("requirements");
        check.relatedRequirements().forEach(requirements::add);
        return compliance;
    }

    private static String statusName(Status status) {
        return switch (status) {
            case PASS -> "Pass";
            case FAIL -> "Fail";
            case UNKNOWN -> "Unknown";
            case NOT_APPLICABLE -> "Not applicable";
        };
    }

    private static ObjectNode cloud(AuditReport report, AsffFindings asff, CheckResult result) {
        ObjectNode cloud = Json.mapper().createObjectNode();
        cloud.put("provider", "AWS");
        cloud.put("region", asff.findingRegion(result.region()));
        ObjectNode account = cloud.putObject("account");
        account.put("uid", result.accountId());
        account.put("type", "AWS Account");
        account.put("type_id", 10);
        if (report.organization() != null) {
            report.organization().account(result.accountId()).ifPresent(a -> account.put("name", a.name()));
            ObjectNode org = cloud.putObject("org");
            if (report.organization().organizationId() != null) {
                org.put("uid", report.organization().organizationId());
            }
            report.organization().account(result.accountId()).ifPresent(a -> org.put("ou_name", a.ouPath()));
        }
        return cloud;
    }

    private static ArrayNode resources(AsffFindings asff, CheckResult result) {
        ArrayNode resources = Json.mapper().createArrayNode();
        ObjectNode resource = resources.addObject();
        resource.put("uid", result.resource().id());
        resource.put("type", result.resource().type());
        resource.put("region", asff.findingRegion(result.region()));
        resource.putObject("account").put("uid", result.accountId());
        resource.put("cloud_partition", asff.partition());
        return resources;
    }

    private static void writeOne(JsonGenerator json, ObjectNode event) {
        try {
            Json.mapper().writeTree(json, event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
