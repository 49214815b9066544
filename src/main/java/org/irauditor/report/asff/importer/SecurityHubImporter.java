package org.irauditor.report.asff.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irauditor.aws.AccountSession;
import org.irauditor.aws.AwsErrors;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.ErrorReason;
import org.irauditor.report.AuditReport;
import org.irauditor.report.asff.AsffFinding;
import org.irauditor.report.asff.AsffFindings;
import org.irauditor.report.asff.AsffValidator;
import org.irauditor.report.asff.FindingHistory;
import org.irauditor.report.asff.InvalidFindingException;
import org.irauditor.report.asff.ReportFindings;
import org.irauditor.settings.AuditProperties;
import org.irauditor.settings.AuditProperties.ImportMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * Imports the run's findings into Security Hub with {@code BatchImportFindings}, which accepts findings only for
 * the calling account. Central mode: every finding is owned by the auditing account and sent with the runner's
 * credentials to the finding's region (or to the configured region), the audited account named as a resource.
 * Member mode: every finding is sent in its own account, through the audit role, to its own region.
 *
 * <p>Every finding of the run is re-sent with a fresh {@code UpdatedAt}, passed ones included, so fixed gaps
 * resolve and Security Hub does not expire findings after 90 days without update. Findings of earlier runs that
 * lie inside this run's exact scope but are no longer reported are sent once more as ARCHIVED; findings outside
 * the scope are never touched.
 */
@Component
public class SecurityHubImporter {

    /** BatchImportFindings takes at most 100 findings per call (Security Hub API reference). */
    public static final int MAX_BATCH_FINDINGS = 100;

    /** BatchImportFindings takes at most 6 MB per call (Security Hub API reference). */
    public static final int MAX_BATCH_BYTES = 6 * 1024 * 1024;

    /** Room left in a batch for the request's own JSON around the findings. */
    private static final int BATCH_ENVELOPE_BYTES = 1024;

    /** The error code of a finding refused by the validation before it was sent. */
    public static final String INVALID_FINDING = "InvalidFinding";

    private static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(SecurityHubImporter.class);

    private final ReportFindings findings;
    private final AuditProperties.SecurityHubImport settings;
    private final FindingSender sender;

    @Autowired
    public SecurityHubImporter(ReportFindings findings, AuditProperties properties) {
        this(findings, properties.securityHubImport(), DEFAULT_BACKOFF);
    }

    SecurityHubImporter(ReportFindings findings, AuditProperties.SecurityHubImport settings, Duration backoff) {
        this.findings = findings;
        this.settings = settings;
        this.sender = new FindingSender(backoff);
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Imports the run's findings and archives those of earlier runs this run no longer reports, within scope. */
    public ImportReport importFindings(AuditReport report, ImportScope scope, SessionProvider sessions) {
        if (!settings.enabled()) {
            return ImportReport.disabled();
        }
        log.info(
                "Security Hub import started mode={} run={}",
                settings.mode(),
                report.run().runId());
        try (Run run = new Run(report, sessions)) {
            findings.walkAsff(report, run::add, run::rejected);
            Set<String> archivedIds = archiveGone(report, scope, run);
            run.flushAll();
            Set<String> archived = new HashSet<>(archivedIds);
            run.failed.forEach(f -> archived.remove(f.id()));
            findings.history().markArchived(archived, report.run().runId(), run.builder.observedAt());
            ImportReport result =
                    new ImportReport(true, run.sent, run.sent - run.failed.size(), run.failed, archived.size());
            log.info(
                    "Security Hub import done sent={} succeeded={} failed={} archived={}",
                    result.sent(),
                    result.succeeded(),
                    result.failed().size(),
                    result.archived());
            return result;
        }
    }

    private Set<String> archiveGone(AuditReport report, ImportScope scope, Run run) {
        Set<String> ids = new HashSet<>();
        for (String account : scope.accounts()) {
            for (FindingHistory.Entry entry :
                    findings.history().activeNotSeenIn(account, report.run().runId())) {
                Optional<CheckMetadata> check = report.catalog().find(entry.checkId());
                if (check.isPresent() && scope.contains(entry.accountId(), entry.region(), entry.checkId())) {
                    try {
                        run.add(AsffValidator.validate(run.builder.archived(
                                entry, check.get(), report.run().runId())));
                        ids.add(entry.findingId());
                    } catch (InvalidFindingException e) {
                        log.error("Archived finding rejected finding={} reason={}", e.findingId(), e.getMessage());
                    }
                }
            }
        }
        return ids;
    }

    /** Where a group of findings goes: the owning account and the region of the endpoint. */
    private record Destination(String owner, String region) {}

    /** The state of one import: pending batches per destination, open member sessions and the tallies. */
    private final class Run implements AutoCloseable {

        private final SessionProvider sessions;
        private final AsffFindings builder;
        private final Map<Destination, List<AsffFinding>> pending = new LinkedHashMap<>();
        private final Map<Destination, Integer> pendingBytes = new LinkedHashMap<>();
        private final Map<String, AccountSession> memberSessions = new LinkedHashMap<>();
        private final List<ImportReport.FailedFinding> failed = new ArrayList<>();
        private int sent;

        Run(AuditReport report, SessionProvider sessions) {
            this.sessions = sessions;
            this.builder = ReportFindings.findingsOf(report);
        }

        void add(AsffFinding finding) {
            Destination destination = destinationOf(finding);
            AsffFinding owned =
                    finding.ownedBy(destination.owner(), builder.productArn(destination.owner(), destination.region()));
            int size = AsffValidator.sizeInBytes(owned);
            List<AsffFinding> batch = pending.computeIfAbsent(destination, d -> new ArrayList<>());
            int bytes = pendingBytes.getOrDefault(destination, BATCH_ENVELOPE_BYTES);
            if (batch.size() >= MAX_BATCH_FINDINGS || bytes + size > MAX_BATCH_BYTES) {
                flush(destination);
                bytes = BATCH_ENVELOPE_BYTES;
            }
            pending.get(destination).add(owned);
            pendingBytes.put(destination, bytes + size);
        }

        /** A finding refused before sending counts as sent and failed, so the run's summary shows it. */
        void rejected(InvalidFindingException e) {
            sent++;
            failed.add(new ImportReport.FailedFinding(e.findingId(), INVALID_FINDING, e.getMessage()));
        }

        void flushAll() {
            new ArrayList<>(pending.keySet()).forEach(this::flush);
        }

        private Destination destinationOf(AsffFinding finding) {
            String audited = finding.awsAccountId();
            if (settings.mode() == ImportMode.MEMBER) {
                return new Destination(audited, finding.region());
            }
            String region =
                    settings.region() == null || settings.region().isBlank() ? finding.region() : settings.region();
            return new Destination(sessions.runnerAccountId(), region);
        }

        private void flush(Destination destination) {
            List<AsffFinding> batch = List.copyOf(pending.getOrDefault(destination, List.of()));
            pending.put(destination, new ArrayList<>());
            pendingBytes.remove(destination);
            if (batch.isEmpty()) {
                return;
            }
            sent += batch.size();
            try {
                SecurityHubClient client = clientFor(destination);
                failed.addAll(sender.send(client, destination.owner(), destination.region(), batch));
            } catch (SdkException e) {
                ErrorReason reason = AwsErrors.classify("AssumeRole", e);
                log.error(
                        "No session to import findings account={} region={} code={}",
                        destination.owner(),
                        destination.region(),
                        reason.code(),
                        e);
                batch.forEach(
                        f -> failed.add(new ImportReport.FailedFinding(f.id(), reason.code(), reason.describe())));
            }
        }

        private SecurityHubClient clientFor(Destination destination) {
            if (settings.mode() == ImportMode.MEMBER) {
                return memberSessions
                        .computeIfAbsent(destination.owner(), sessions::forAccount)
                        .securityHub(destination.region());
            }
            return sessions.runner().securityHub(destination.region());
        }

        @Override
        public void close() {
            memberSessions.values().forEach(AccountSession::close);
        }
    }
}
