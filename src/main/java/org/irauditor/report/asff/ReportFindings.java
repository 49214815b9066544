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
        try (FindingHistory.Recorder recorder = history.recorder()) {
            Walk walk = new Walk(report, recorder, action);
            report.results().forEach(walk::visit);
            return new Summary(walk.walked, walk.skipped, 0);
        }
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

    /** One walk over the results: skips what has no check or repeats a finding id, records the rest. */
    private static final class Walk {

        private final AuditReport report;
        private final AsffFindings findings;
        private final FindingHistory.Recorder recorder;
        private final Sighting action;
        private final Set<String> seen = new HashSet<>();
        private int walked;
        private int skipped;

        Walk(AuditReport report, FindingHistory.Recorder recorder, Sighting action) {
            this.report = report;
            this.findings = findingsOf(report);
            this.recorder = recorder;
            this.action = action;
        }

        void visit(CheckResult result) {
            Optional<CheckMetadata> check = report.catalog().find(result.checkId());
            if (check.isEmpty()) {
                log.error(
                        "Result skipped: check not in the catalogue check={} account={}",
                        result.checkId(),
                        result.accountId());
                skipped++;
                return;
            }
            FindingHistory.Entry sighting =
                    findings.sighting(result, report.run().runId());
            if (!seen.add(sighting.findingId())) {
                log.warn("Result skipped: a second result with the same finding id finding={}", sighting.findingId());
                skipped++;
                return;
            }
            Instant firstSeen = recorder.observe(sighting).firstSeen();
            action.accept(result, check.get(), firstSeen);
            walked++;
        }
    }

    /** What one walk of the results gave. */
    public record Summary(int findings, int skipped, int rejected) {}

    /** Receives one result with its check and its finding's first-seen time. */
    @FunctionalInterface
    public interface Sighting {
        void accept(CheckResult result, CheckMetadata check, Instant firstSeen);
    }
}
