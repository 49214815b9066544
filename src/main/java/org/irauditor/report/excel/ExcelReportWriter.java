package org.irauditor.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.organization.OrgAccount;
import org.irauditor.report.AuditReport;
import org.irauditor.report.NotAssessed;
import org.irauditor.report.ReportWriter;
import org.irauditor.report.history.FailureChange;
import org.irauditor.report.history.RunDiff;
import org.irauditor.report.history.RunHistory;
import org.irauditor.report.history.ScoreMove;
import org.irauditor.scoring.AccountScore;
import org.irauditor.scoring.CheckStat;
import org.irauditor.scoring.CheckWeights;
import org.irauditor.scoring.OuScore;
import org.irauditor.settings.AuditProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes the compliance reviewer's workbook, {@value #FILE_NAME}: Summary, Accounts, OUs, Checks, Findings (every
 * FAIL and UNKNOWN, continued on further sheets past Excel's row limit), Not assessed and Changes. Rows are
 * streamed through a small window with compressed temporary files, so the size of the organization barely moves
 * the heap.
 */
@Component
public class ExcelReportWriter implements ReportWriter {

    public static final String FILE_NAME = "ir-readiness.xlsx";

    /** Excel's last row index: a sheet holds this many data rows below its header. */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    private static final int WINDOW = 100;

    private static final Logger log = LoggerFactory.getLogger(ExcelReportWriter.class);

    private final RunHistory history;
    private final List<String> ownerTags;
    private final CheckWeights weights;
    private final int rowsPerSheet;

    @Autowired
    public ExcelReportWriter(RunHistory history, AuditProperties properties) {
        this(history, properties, MAX_DATA_ROWS);
    }

    ExcelReportWriter(RunHistory history, AuditProperties properties, int rowsPerSheet) {
        this.history = history;
        this.ownerTags = List.copyOf(properties.accounts().ownerTags());
        this.weights = new CheckWeights(properties.scoring());
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(AuditReport report, Path runDirectory) throws IOException {
        RunDiff diff = history.diff(report, runDirectory);
        Files.createDirectories(runDirectory);
        Path target = runDirectory.resolve(FILE_NAME);
        Path partial = runDirectory.resolve(FILE_NAME + ".part");
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            fill(workbook, report, diff);
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            workbook.close();
            // a workbook that could not be finished leaves nothing half-written behind
            Files.deleteIfExists(partial);
        }
        log.info("Workbook written file={}", target);
    }

    private void fill(SXSSFWorkbook workbook, AuditReport report, RunDiff diff) {
        Styles styles = new Styles(workbook);
        Map<String, OrgAccount> accounts = new HashMap<>();
        report.organization().accounts().forEach(a -> accounts.put(a.id(), a));
        int regionsNotAssessed = (int) report.notAssessed().stream()
                .filter(n -> !CheckResult.GLOBAL.equals(n.region()))
                .count();
        new SummarySheet(workbook.createSheet(SummarySheet.NAME), styles).write(report, diff, regionsNotAssessed);
        accountsSheet(workbook, styles, report);
        ousSheet(workbook, styles, report);
        checksSheet(workbook, styles, report);
        new FindingsSheets(workbook, styles, rowsPerSheet).write(report, accounts, diff);
        notAssessedSheet(workbook, styles, report);
        changesSheet(workbook, styles, report, accounts, diff);
    }

    private void accountsSheet(SXSSFWorkbook workbook, Styles styles, AuditReport report) {
        List<String> services = report.catalog().entries().stream()
                .map(CheckMetadata::service)
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .toList();
        List<Table.Column> columns = new ArrayList<>(List.of(
                new Table.Column("Account ID", 15),
                new Table.Column("Account name", 28),
                new Table.Column("OU path", 30)));
        ownerTags.forEach(tag -> columns.add(new Table.Column(tag, 16)));
        columns.addAll(List.of(
                new Table.Column("Score", 9),
                new Table.Column("Level", 8),
                new Table.Column("Coverage %", 11),
                new Table.Column("Failed checks", 10),
                new Table.Column("Unknown checks", 10)));
        services.forEach(service -> columns.add(new Table.Column(service, 14)));
        Table table = new Table(workbook.createSheet("Accounts"), styles, columns);
        for (AccountScore account : report.scores().accounts()) {
            table.row().text(account.accountId()).text(account.name()).text(account.ouPath());
            ownerTags.forEach(tag -> table.text(account.tags().get(tag)));
            table.score(account.score())
                    .integer(account.level())
                    .score(account.coverage())
                    .integer(account.failedChecks().size())
                    .integer(account.unknownChecks().size());
            services.forEach(service -> table.status(account.services().get(service)));
        }
        table.finish();
    }

    private static void ousSheet(SXSSFWorkbook workbook, Styles styles, AuditReport report) {
        List<Table.Column> columns = new ArrayList<>(List.of(
                new Table.Column("OU path", 40),
                new Table.Column("Accounts", 10),
                new Table.Column("Score", 9),
                new Table.Column("Coverage %", 11)));
        for (int level = 0; level < SummarySheet.LEVELS.size(); level++) {
            columns.add(new Table.Column("Level " + level, 9));
        }
        Table table = new Table(workbook.createSheet("OUs"), styles, columns);
        for (OuScore ou : report.scores().ous()) {
            table.row()
                    .text(ou.ouPath())
                    .integer(ou.accounts())
                    .score(ou.score())
                    .score(ou.coverage());
            for (int level = 0; level < SummarySheet.LEVELS.size(); level++) {
                table.integer(ou.levels().getOrDefault(level, 0));
            }
        }
        table.finish();
    }

    private void checksSheet(SXSSFWorkbook workbook, Styles styles, AuditReport report) {
        Table table = new Table(
                workbook.createSheet("Checks"),
                styles,
                List.of(
                        new Table.Column("Check ID", 36),
                        new Table.Column("Title", 50),
                        new Table.Column("Service", 14),
                        new Table.Column("Severity", 13),
                        new Table.Column("Weight", 8),
                        new Table.Column("Phase", 12),
                        new Table.Column("Level", 7),
                        new Table.Column("Questions", 18),
                        new Table.Column("Accounts passed", 10),
                        new Table.Column("Accounts failed", 10),
                        new Table.Column("Accounts unknown", 10),
                        new Table.Column("Not applicable", 10),
                        new Table.Column("Pass rate %", 10)));
        Map<String, CheckStat> stats = new HashMap<>();
        report.scores().checks().forEach(s -> stats.put(s.checkId(), s));
        for (CheckMetadata check : report.catalog().entries()) {
            CheckStat stat = stats.getOrDefault(check.id(), new CheckStat(check.id(), 0, 0, 0, 0, null));
            table.row()
                    .text(check.id())
                    .text(check.title())
                    .text(check.service())
                    .text(check.severity().name())
                    .integer(weights.weightOf(check))
                    .text(check.phase().name())
                    .integer(check.level())
                    .text(check.questions().stream().map(Enum::name).collect(Collectors.joining(", ")))
                    .integer(stat.accountsPassed())
                    .integer(stat.accountsFailed())
                    .integer(stat.accountsUnknown())
                    .integer(stat.accountsNotApplicable())
                    .score(stat.passRate());
        }
        table.finish();
    }

    private static void notAssessedSheet(SXSSFWorkbook workbook, Styles styles, AuditReport report) {
        Table table = new Table(
                workbook.createSheet("Not assessed"),
                styles,
                List.of(
                        new Table.Column("Account ID", 15),
                        new Table.Column("Account name", 28),
                        new Table.Column("OU path", 30),
                        new Table.Column("Region", 16),
                        new Table.Column("Reason", 70)));
        for (NotAssessed entry : report.notAssessed()) {
            table.row()
                    .text(entry.accountId())
                    .text(entry.accountName())
                    .text(entry.ouPath())
                    .text(entry.region())
                    .text(entry.reason());
        }
        table.finish();
    }

    private static void changesSheet(
            SXSSFWorkbook workbook, Styles styles, AuditReport report, Map<String, OrgAccount> accounts, RunDiff diff) {
        Table table = new Table(
                workbook.createSheet("Changes"),
                styles,
                List.of(
                        new Table.Column("Change", 20),
                        new Table.Column("Account ID", 15),
                        new Table.Column("Account name", 28),
                        new Table.Column("Check ID", 36),
                        new Table.Column("Check title", 50),
                        new Table.Column("Before", 12),
                        new Table.Column("After", 12),
                        new Table.Column("Movement", 10)));
        if (!diff.hasPrevious()) {
            table.row().text("No previous run to compare with");
        } else {
            table.row()
                    .text("Organization score")
                    .text(null)
                    .text(null)
                    .text(null)
                    .text(null);
            table.score(diff.previousOrganizationScore())
                    .score(diff.organizationScore())
                    .score(diff.organizationDelta());
            diff.accountsAdded()
                    .forEach(id -> table.row().text("Account added").text(id).text(name(accounts, id)));
            diff.accountsRemoved()
                    .forEach(id -> table.row().text("Account removed").text(id).text(name(accounts, id)));
            failures(table, report, accounts, "New failure", diff.newFailures());
            failures(table, report, accounts, "Resolved failure", diff.resolvedFailures());
            for (ScoreMove move : diff.scoreMoves()) {
                if (!Objects.equals(move.before(), move.after())) {
                    table.row().text("Score movement").text(move.accountId()).text(name(accounts, move.accountId()));
                    table.text(null)
                            .text(null)
                            .score(move.before())
                            .score(move.after())
                            .score(move.delta());
                }
            }
        }
        table.finish();
    }

    private static void failures(
            Table table,
            AuditReport report,
            Map<String, OrgAccount> accounts,
            String change,
            List<FailureChange> list) {
        for (FailureChange failure : list) {
            String title = report.catalog()
                    .find(failure.checkId())
                    .map(CheckMetadata::title)
                    .orElse(null);
            table.row()
                    .text(change)
                    .text(failure.accountId())
                    .text(name(accounts, failure.accountId()))
                    .text(failure.checkId())
                    .text(title)
                    .status(failure.before())
                    .status(failure.after());
        }
    }

    private static String name(Map<String, OrgAccount> accounts, String id) {
        OrgAccount account = accounts.get(id);
        return account == null ? null : account.name();
    }
}
