package org.irauditor.report.excel;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Status;
import org.irauditor.organization.OrgAccount;
import org.irauditor.report.AuditReport;
import org.irauditor.report.history.RunDiff;

/**
 * Every FAIL and UNKNOWN result with its evidence and remediation, streamed from the result file. Past the row
 * limit of one sheet the table continues on "Findings (2)", "Findings (3)" and so on.
 */
final class FindingsSheets {

    static final String NAME = "Findings";

    private static final List<Table.Column> COLUMNS = List.of(
            new Table.Column("Account ID", 15),
            new Table.Column("Account name", 24),
            new Table.Column("OU path", 24),
            new Table.Column("Region", 14),
            new Table.Column("Check ID", 34),
            new Table.Column("Title", 44),
            new Table.Column("Severity", 13),
            new Table.Column("Status", 11),
            new Table.Column("Message", 60),
            new Table.Column("Resource type", 20),
            new Table.Column("Resource", 40),
            new Table.Column("Evidence", 50),
            new Table.Column("Remediation", 50),
            new Table.Column("CLI command", 50),
            new Table.Column("Console", 14),
            new Table.Column("Documentation", 40),
            new Table.Column("First seen (UTC)", 20));

    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final int rowsPerSheet;
    private Table table;
    private int sheets;

    FindingsSheets(SXSSFWorkbook workbook, Styles styles, int rowsPerSheet) {
        this.workbook = workbook;
        this.styles = styles;
        this.rowsPerSheet = rowsPerSheet;
    }

    void write(AuditReport report, Map<String, OrgAccount> accounts, RunDiff diff) {
        table = newSheet();
        report.results().forEach(result -> {
            if (result.status() == Status.FAIL || result.status() == Status.UNKNOWN) {
                write(report, accounts, diff, result);
            }
        });
        table.finish();
    }

    private void write(AuditReport report, Map<String, OrgAccount> accounts, RunDiff diff, CheckResult result) {
        if (table.rows() >= rowsPerSheet) {
            table.finish();
            table = newSheet();
        }
        OrgAccount account = accounts.get(result.accountId());
        CheckMetadata check = report.catalog().find(result.checkId()).orElse(null);
        table.row()
                .text(result.accountId())
                .text(account == null ? null : account.name())
                .text(account == null ? null : account.ouPath())
                .text(result.region())
                .text(result.checkId())
                .text(check == null ? null : check.title())
                .text(check == null ? null : check.severity().name())
                .status(result.status())
                .text(result.message())
                .text(result.resource().type())
                .text(result.resource().id())
                .text(evidence(result))
                .text(check == null ? null : check.remediation().text())
                .text(check == null ? null : check.remediation().cli())
                .link(consoleLink(report, result, check), "Open console")
                .text(check == null ? null : check.remediation().url())
                .date(result.status() == Status.FAIL ? diff.firstSeen(result.accountId(), result.checkId()) : null);
    }

    private static String consoleLink(AuditReport report, CheckResult result, CheckMetadata check) {
        return ConsoleLinks.link(
                report.organization().partition(),
                result.checkId(),
                check == null ? null : check.service(),
                result.region(),
                report.organization().homeRegion());
    }

    private static String evidence(CheckResult result) {
        return result.evidence().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private Table newSheet() {
        sheets++;
        String name = sheets == 1 ? NAME : NAME + " (" + sheets + ")";
        return new Table(workbook.createSheet(name), styles, COLUMNS);
    }
}
