package org.irauditor.report.asff;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Remediation;
import org.irauditor.core.Resource;
import org.irauditor.core.Status;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import software.amazon.awssdk.services.securityhub.model.ComplianceStatus;
import software.amazon.awssdk.services.securityhub.model.RecordState;
import software.amazon.awssdk.services.securityhub.model.SeverityLabel;

/**
 * Turns results into ASFF findings. Each finding is owned by the audited account (its {@code AwsAccountId} and
 * custom-integration {@code ProductArn}); the central Security Hub import re-owns it to the auditing account.
 *
 * <p>Statuses: PASS is {@code PASSED} (so a fixed gap resolves its finding), FAIL is {@code FAILED}, UNKNOWN is
 * {@code NOT_AVAILABLE} and stays ACTIVE so reviewers see what could not be assessed. NOT_APPLICABLE has no ASFF
 * status: it is written as {@code NOT_AVAILABLE} with RecordState {@code ARCHIVED}, so nothing is left to act
 * on, while an earlier failure of the same finding is closed rather than left open.
 */
public final class AsffFindings {

    /** Prefix of every {@code ProductFields} key, apart from Security Hub's reserved {@code aws/} keys. */
    public static final String FIELD_PREFIX = "irauditor/";

    private static final int EVIDENCE_FIELDS = AsffValidator.MAX_PRODUCT_FIELDS - 8;

    private final OrganizationSnapshot organization;
    private final String partition;
    private final String homeRegion;
    private final Instant observedAt;

    /**
     * @param observedAt this run's time, written as {@code UpdatedAt} and {@code LastObservedAt}
     */
    public AsffFindings(OrganizationSnapshot organization, String partition, String homeRegion, Instant observedAt) {
        this.organization = organization;
        this.partition = partition;
        this.homeRegion = homeRegion;
        this.observedAt = observedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public Instant observedAt() {
        return observedAt;
    }

    /** The partition of the audited accounts (aws, aws-us-gov, aws-cn), used in every ARN. */
    public String partition() {
        return partition;
    }

    /** The history entry a result makes, before the history says when the finding was first seen. */
    public FindingHistory.Entry sighting(CheckResult result, String runId) {
        return new FindingHistory.Entry(
                FindingId.of(result),
                result.checkId(),
                result.accountId(),
                result.region(),
                resourceType(result.resource()),
                result.resource().id(),
                observedAt,
                observedAt,
                complianceStatus(result.status()).toString(),
                recordState(result.status()).toString(),
                runId);
    }

    /** The finding of one result, first seen at the given time. */
    public AsffFinding finding(CheckResult result, CheckMetadata check, Instant firstSeen) {
        String region = findingRegion(result.region());
        Resource resource = result.resource();
        return new AsffFinding(
                AsffValidator.SCHEMA_VERSION,
                FindingId.of(result),
                productArn(result.accountId(), region),
                check.id(),
                result.accountId(),
                region,
                check.asffTypes(),
                time(firstSeen),
                time(observedAt),
                time(firstSeen),
                time(observedAt),
                severity(check, result.status()),
                check.title(),
                description(result),
                remediation(check.remediation()),
                productFields(
                        result.checkId(), result.accountId(), result.region(), result.status(), result.evidence()),
                resources(result.accountId(), region, resource.type(), resource.id()),
                new AsffFinding.ComplianceField(
                        complianceStatus(result.status()).toString(), check.relatedRequirements()),
                new AsffFinding.FindingProviderField(severity(check, result.status()), check.asffTypes()),
                recordState(result.status()).toString());
    }

    /** The archived form of a finding from the history that this run no longer reports. */
    public AsffFinding archived(FindingHistory.Entry entry, CheckMetadata check, String runId) {
        String region = findingRegion(entry.region());
        Status status = statusOf(entry.lastStatus());
        return new AsffFinding(
                AsffValidator.SCHEMA_VERSION,
                entry.findingId(),
                productArn(entry.accountId(), region),
                check.id(),
                entry.accountId(),
                region,
                check.asffTypes(),
                time(entry.firstSeen()),
                time(observedAt),
                time(entry.firstSeen()),
                time(entry.lastSeen()),
                severity(check, status),
                check.title(),
                "The audit run " + runId + " no longer reports this finding (the resource is gone or the check no"
                        + " longer applies to it), so it is archived.",
                remediation(check.remediation()),
                productFields(entry.checkId(), entry.accountId(), entry.region(), status, Map.of()),
                resources(entry.accountId(), region, entry.resourceType(), entry.resourceId()),
                new AsffFinding.ComplianceField(entry.lastStatus(), check.relatedRequirements()),
                new AsffFinding.FindingProviderField(severity(check, status), check.asffTypes()),
                RecordState.ARCHIVED.toString());
    }

    /** The region a result's finding belongs to: its own, or the home region for account-level results. */
    public String findingRegion(String resultRegion) {
        return CheckResult.GLOBAL.equals(resultRegion) ? homeRegion : resultRegion;
    }

    /** The default product of a custom integration in an account and region. */
    public String productArn(String account, String region) {
        return "arn:" + partition + ":securityhub:" + region + ":" + account + ":product/" + account + "/default";
    }

    public static ComplianceStatus complianceStatus(Status status) {
        return switch (status) {
            case PASS -> ComplianceStatus.PASSED;
            case FAIL -> ComplianceStatus.FAILED;
            case UNKNOWN, NOT_APPLICABLE -> ComplianceStatus.NOT_AVAILABLE;
        };
    }

    public static RecordState recordState(Status status) {
        return status == Status.NOT_APPLICABLE ? RecordState.ARCHIVED : RecordState.ACTIVE;
    }

    /** RFC 3339 with milliseconds, as Security Hub expects its timestamps. */
    public static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static Status statusOf(String complianceStatus) {
        return switch (ComplianceStatus.fromValue(complianceStatus)) {
            case PASSED -> Status.PASS;
            case FAILED -> Status.FAIL;
            default -> Status.UNKNOWN;
        };
    }

    /** Passed findings are informational, as Security Hub's own controls report them; the check's severity stays. */
    private static AsffFinding.SeverityField severity(CheckMetadata check, Status status) {
        SeverityLabel label = status == Status.PASS
                ? SeverityLabel.INFORMATIONAL
                : SeverityLabel.fromValue(check.severity().name());
        return new AsffFinding.SeverityField(label.toString(), check.severity().name());
    }

    private static String description(CheckResult result) {
        String evidence = result.evidence().entrySet().stream()
                .filter(e -> !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        return evidence.isEmpty() ? result.message() : result.message() + " Evidence: " + evidence + ".";
    }

    private static AsffFinding.RemediationField remediation(Remediation remediation) {
        if (remediation == null
                || remediation.text() == null
                || remediation.text().isBlank()) {
            return null;
        }
        String text = remediation.cli() == null || remediation.cli().isBlank()
                ? remediation.text()
                : remediation.text() + CheckCatalog.COMMAND_JOINER + remediation.cli();
        String url = remediation.url() == null || remediation.url().isBlank() ? null : remediation.url();
        return new AsffFinding.RemediationField(new AsffFinding.Recommendation(text, url));
    }

    private Map<String, String> productFields(
            String checkId, String accountId, String region, Status status, Map<String, String> evidence) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(FIELD_PREFIX + "CheckId", checkId);
        fields.put(FIELD_PREFIX + "AccountId", accountId);
        OrgAccount account =
                organization == null ? null : organization.account(accountId).orElse(null);
        if (account != null && !account.name().isBlank()) {
            fields.put(FIELD_PREFIX + "AccountName", account.name());
        }
        if (account != null && !account.ouPath().isBlank()) {
            fields.put(FIELD_PREFIX + "OuPath", account.ouPath());
        }
        fields.put(FIELD_PREFIX + "Region", region);
        fields.put(FIELD_PREFIX + "Status", status.name());
        List<Map.Entry<String, String>> facts = evidence.entrySet().stream()
                .filter(e -> !e.getValue().isBlank())
                .toList();
        facts.stream().limit(EVIDENCE_FIELDS).forEach(e -> fields.put(evidenceKey(e.getKey()), e.getValue()));
        if (facts.size() > EVIDENCE_FIELDS) {
            fields.put(FIELD_PREFIX + "EvidenceOmitted", String.valueOf(facts.size() - EVIDENCE_FIELDS));
        }
        return fields;
    }

    private static String evidenceKey(String key) {
        String full = FIELD_PREFIX + "Evidence/" + key;
        return full.length() <= AsffValidator.MAX_PRODUCT_FIELD_KEY
                ? full
                : full.substring(0, AsffValidator.MAX_PRODUCT_FIELD_KEY);
    }

    private List<AsffFinding.ResourceField> resources(String accountId, String region, String type, String id) {
        List<AsffFinding.ResourceField> resources = new ArrayList<>();
        String shownType = type == null || type.isBlank() ? "Other" : type;
        resources.add(new AsffFinding.ResourceField(shownType, id, partition, region));
        Resource account = Resource.account(accountId);
        if (!account.id().equals(id)) {
            resources.add(new AsffFinding.ResourceField(account.type(), account.id(), partition, region));
        }
        return resources;
    }

    private static String resourceType(Resource resource) {
        return resource.type().isBlank() ? "Other" : resource.type();
    }
}
