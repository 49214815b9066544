package org.irauditor.report.asff;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.report.AuditReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Walks a run's results as findings, recording each in the {@link FindingHistory} so that every output of the
 * run (ASFF file, OCSF file, Security Hub import) gives a finding the same identity and first-seen time.
 */
@Component
public class ReportFindings {

    private static final Logger log = LoggerFactory.getLogger(ReportFindings.class);

    private final FindingHistory history;

    public ReportFindings(FindingHistory history) {
        this.history = history;
    }

    public FindingHistory history() {
        return history;
    }

    /** The finding builder of a report: its partition, home region and time. */
    public static AsffFindings findingsOf(AuditReport report) {
        return new AsffFindings(report.organization(), partitionOf(report), homeRegionOf(report), runTime(report));
    }

    /** Walks every result with its check and the time its finding was first seen; once per finding id. */
    public Summary walk(AuditReport report, Sighting action) {
        AsffFindings findings = findingsOf(report);
        Set<String> seen = new HashSet<>();
        AtomicInteger walked = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        try (FindingHistory.Recorder recorder = history.recorder()) {
            walk(report, findings, recorder, seen, walked, skipped, action);
        }
        return new Summary(walked.get(), skipped.get(), 0);
    }

    private static void walk(
            AuditReport report,
            AsffFindings findings,
            FindingHistory.Recorder recorder,
            Set<String> seen,
            AtomicInteger walked,
            AtomicInteger skipped,
            Sighting action) {
        report.results().forEach(result -> {
            Optional<CheckMetadata> check = report.catalog().find(result.checkId());
            if (check.isEmpty()) {
                log.error(
                        "Result skipped: check not in the catalogue check={} account={}",
                        result.checkId(),
                        result.accountId());
                skipped.incrementAndGet();
                return;
            }
            FindingHistory.Entry sighting =
                    findings.sighting(result, report.run().runId());
            if (!seen.add(sighting.findingId())) {
                log.warn("Result skipped: a second result with the same finding id finding={}", sighting.findingId());
                skipped.incrementAndGet();
                return;
            }
            Instant firstSeen = recorder.observe(sighting).firstSeen();
            action.accept(result, check.get(), firstSeen);
            walked.incrementAndGet();
        });
    }

    /** Walks the valid ASFF findings of a report; a finding Security Hub would refuse is logged and left out. */
    public Summary walkAsff(AuditReport report, Consumer<AsffFinding> action) {
        return walkAsff(report, action, rejected -> {});
    }

    /** Walks the valid ASFF findings of a report, handing each refused one to {@code onRejected} as well. */
    public Summary walkAsff(
            AuditReport report, Consumer<AsffFinding> action, Consumer<InvalidFindingException> onRejected) {
        AsffFindings findings = findingsOf(report);
        AtomicInteger rejected = new AtomicInteger();
        Summary walked = walk(report, (result, check, firstSeen) -> {
            try {
                action.accept(AsffValidator.validate(findings.finding(result, check, firstSeen)));
            } catch (InvalidFindingException e) {
                log.error("Finding rejected finding={} field={} reason={}", e.findingId(), e.field(), e.getMessage());
                rejected.incrementAndGet();
                onRejected.accept(e);
            }
        });
        return new Summary(walked.findings() - rejected.get(), walked.skipped(), rejected.get());
    }

    static String partitionOf(AuditReport report) {
        if (report.organization() != null && report.organization().partition() != null) {
            return report.organization().partition();
        }
        return report.run().partition() == null ? "aws" : report.run().partition();
    }

    static String homeRegionOf(AuditReport report) {
        if (report.organization() != null && report.organization().homeRegion() != null) {
            return report.organization().homeRegion();
        }
        return report.run().homeRegion();
    }

    private static Instant runTime(AuditReport report) {
        return report.run().startedAt();
    }

    /** What one walk of the results gave. */
    public record Summary(int findings, int skipped, int rejected) {}

    /** Receives one result with its check and its finding's first-seen time. */
    @FunctionalInterface
    public interface Sighting {
        void accept(CheckResult result, CheckMetadata check, Instant firstSeen);
    }
}
