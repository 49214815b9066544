package org.irauditor.report.excel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Phase;
import org.irauditor.core.Question;
import org.irauditor.core.Scope;
import org.irauditor.core.Severity;
import org.irauditor.core.Status;
import org.irauditor.organization.OrgAccount;
import org.irauditor.organization.OrganizationSnapshot;
import org.irauditor.report.AuditReport;
import org.irauditor.report.NotAssessed;
import org.irauditor.report.ReportWriter;
import org.irauditor.report.ResultFiles;
import org.irauditor.report.ResultSource;
import org.irauditor.report.history.RunHistory;
import org.irauditor.report.junit.JUnitXmlWriter;
import org.irauditor.report.summary.SummaryJsonWriter;
import org.irauditor.scoring.ScoreCalculator;
import org.irauditor.scoring.Scores;
import org.irauditor.settings.AuditProperties;
import org.irauditor.testing.SyntheticAudit;

/**
 * Writes the reports of a generated organization under a small heap and prints wall time, result count and peak
 * heap. Run from the project folder:
 *
 * <pre>
 * ./mvnw -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *     org.irauditor.report.excel.WorkbookBenchmark 5000 40 3 target/benchmark
 * </pre>
 *
 * Arguments: accounts (5000), checks (40), regions (3), output folder (target/benchmark). The run folder it writes
 * can be rendered with {@code src/docs/render-summary.sh}.
 */
public final class WorkbookBenchmark {

    private static final List<String> REGIONS =
            List.of("us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2", "eu-central-1", "ap-northeast-1");
    private static final List<String> SERVICES =
            List.of("CloudTrail", "Config", "Security Hub", "GuardDuty", "Detective", "VPC Flow Logs", "EventBridge");
    private static final List<String> OUS = List.of(
            "Root/Security", "Root/Workloads/Prod", "Root/Workloads/Dev", "Root/Sandbox", "Root/Infrastructure");

    private WorkbookBenchmark() {}

    public static void main(String[] args) throws IOException {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int regions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path out = Path.of(args.length > 3 ? args[3] : "target/benchmark");
        Path runDirectory = out.resolve("20261203-171500");
        Files.createDirectories(runDirectory);

        List<CheckMetadata> metadata = catalogue(checks);
        CheckCatalog catalog = SyntheticAudit.catalog(metadata);
        OrganizationSnapshot organization = organization(accounts);
        List<String> regionNames = REGIONS.subList(0, Math.min(regions, REGIONS.size()));

        long start = System.nanoTime();
        long results = generate(runDirectory.resolve(ResultFiles.FILE_NAME), metadata, organization, regionNames);
        long generated = System.nanoTime();
        ResultSource source = ResultFiles.source(runDirectory.resolve(ResultFiles.FILE_NAME));
        AuditProperties properties = SyntheticAudit.properties(Map.of());
        List<NotAssessed> notAssessed = List.of(new NotAssessed(
                "999999999999", "closed-account", "Root/Sandbox", "global", "Account state is SUSPENDED"));
        Scores scores = new ScoreCalculator(properties.scoring()).calculate(catalog, organization, source, notAssessed);
        long scored = System.nanoTime();
        Instant startedAt = Instant.parse("2026-12-03T17:15:00Z");
        AuditReport report = new AuditReport(
                new org.irauditor.report.RunInfo(
                        runDirectory.getFileName().toString(),
                        startedAt,
                        startedAt.plusSeconds(1520),
                        "sandbox",
                        "0.1.0",
                        "aws",
                        "us-east-1",
                        regionNames),
                organization,
                catalog,
                source,
                notAssessed,
                scores);
        RunHistory history = new RunHistory();
        long workbook = time(new ExcelReportWriter(history, properties), report, runDirectory);
        long summary = time(new SummaryJsonWriter(history, properties), report, runDirectory);
        long junit = time(new JUnitXmlWriter(), report, runDirectory);

        System.out.printf(
                "accounts=%d checks=%d regions=%d results=%d%n", accounts, checks, regionNames.size(), results);
        System.out.printf(
                "generate=%.1fs score=%.1fs workbook=%.1fs summary=%.1fs junit=%.1fs total=%.1fs%n",
                seconds(generated - start),
                seconds(scored - generated),
                seconds(workbook),
                seconds(summary),
                seconds(junit),
                seconds(System.nanoTime() - start));
        System.out.printf(
                "workbook=%s size=%.1fMiB%n",
                runDirectory.resolve(ExcelReportWriter.FILE_NAME),
                Files.size(runDirectory.resolve(ExcelReportWriter.FILE_NAME)) / 1048576.0);
        System.out.printf(
                "maxHeap=%dMiB peakHeapUsed=%dMiB (sum of heap pool peaks) %s%n",
                Runtime.getRuntime().maxMemory() / 1048576, peakHeap() / 1048576, poolPeaks());
        System.gc();
        System.out.printf(
                "heapUsedAfterGcWithScoresHeld=%dMiB accountsScored=%d gcCount=%d gcTime=%dms%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576,
                scores.accounts().size(),
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .mapToLong(gc -> gc.getCollectionCount())
                        .sum(),
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .mapToLong(gc -> gc.getCollectionTime())
                        .sum());
    }

    private static long time(ReportWriter writer, AuditReport report, Path runDirectory) throws IOException {
        long start = System.nanoTime();
        writer.write(report, runDirectory);
        return System.nanoTime() - start;
    }

    private static List<CheckMetadata> catalogue(int checks) {
        Severity[] severities = {Severity.CRITICAL, Severity.HIGH, Severity.HIGH, Severity.MEDIUM, Severity.LOW};
        List<CheckMetadata> metadata = new ArrayList<>();
        for (int i = 0; i < checks; i++) {
            String service = SERVICES.get(i % SERVICES.size());
            String prefix = service.toLowerCase().replaceAll("[^a-z]", "");
            metadata.add(SyntheticAudit.check(
                    prefix + ".check-" + i,
                    service,
                    i % 4 == 3 ? Scope.ACCOUNT : Scope.REGION,
                    severities[i % severities.length],
                    Phase.values()[i % Phase.values().length],
                    1 + (i * 4 / checks),
                    Question.values()[i % Question.values().length]));
        }
        return metadata;
    }

    private static OrganizationSnapshot organization(int accounts) {
        List<OrgAccount> list = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            String id = String.format("%012d", 100000000000L + i);
            Map<String, String> tags = new HashMap<>();
            tags.put("Owner", "team-" + (i % 40));
            tags.put("Environment", i % 3 == 0 ? "prod" : "dev");
            list.add(SyntheticAudit.account(id, "account-" + i, OUS.get(i % OUS.size()), tags));
        }
        return SyntheticAudit.organization("aws", list);
    }

    /** Streams the results to the result file in the evaluator's order: account, region, check. */
    private static long generate(
            Path file, List<CheckMetadata> checks, OrganizationSnapshot organization, List<String> regions)
            throws IOException {
        Random random = new Random(42);
        long count = 0;
        try (ResultFiles.Appender out = ResultFiles.append(file)) {
            for (OrgAccount account : organization.accounts()) {
                boolean[] gaps = gaps(checks, random.nextDouble(), random);
                for (String region : regions) {
                    for (int i = 0; i < checks.size(); i++) {
                        if (checks.get(i).scope() == Scope.REGION) {
                            out.accept(result(checks.get(i), account.id(), region, gaps[i], random));
                            count++;
                        }
                    }
                }
                for (int i = 0; i < checks.size(); i++) {
                    if (checks.get(i).scope() != Scope.REGION) {
                        out.accept(result(checks.get(i), account.id(), CheckResult.GLOBAL, gaps[i], random));
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Which checks an account of the given readiness (0 to 1) lacks: the higher the level, the likelier a gap. */
    private static boolean[] gaps(List<CheckMetadata> checks, double readiness, Random random) {
        boolean[] gaps = new boolean[checks.size()];
        for (int i = 0; i < gaps.length; i++) {
            double chance = Math.max(0.01, (0.22 * checks.get(i).level() - readiness) * 1.5);
            gaps[i] = random.nextDouble() < chance;
        }
        return gaps;
    }

    private static CheckResult result(
            CheckMetadata check, String accountId, String region, boolean gap, Random random) {
        double roll = random.nextDouble();
        Status status;
        if (roll < 0.002) {
            status = Status.UNKNOWN;
        } else if (roll < 0.01) {
            status = Status.NOT_APPLICABLE;
        } else {
            status = gap ? Status.FAIL : Status.PASS;
        }
        return new CheckResult(
                check.id(),
                accountId,
                region,
                null,
                status,
                status == Status.PASS ? "The control is in place." : "The control is missing in " + region + ".",
                Map.of("region", region, "observed", status.name()));
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed())
                .sum();
    }

    /** Each heap pool's peak: the old generation's peak is the best sign of what stayed alive. */
    private static String poolPeaks() {
        StringBuilder text = new StringBuilder();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                text.append('[')
                        .append(pool.getName())
                        .append(' ')
                        .append(pool.getPeakUsage().getUsed() / 1048576)
                        .append("MiB]");
            }
        }
        return text.toString();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
