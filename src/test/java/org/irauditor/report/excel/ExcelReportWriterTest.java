package org.irauditor.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Status;
import org.irauditor.report.AuditReport;
import org.irauditor.report.history.RunHistory;
import org.irauditor.report.summary.SummaryJsonWriter;
import org.irauditor.testing.SampleRun;
import org.irauditor.testing.SyntheticAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelReportWriterTest {

    private static final Instant STARTED = Instant.parse("2026-12-03T17:15:00Z");

    @TempDir
    Path reports;

    @Test
    void writeShouldProduceEverySheetWithFrozenFilteredHeaders() throws IOException {
        // given
        AuditReport report = SampleRun.report(reports.resolve("20261203-171500"), STARTED, SampleRun.results());

        // when
        try (XSSFWorkbook workbook = write(report, ExcelReportWriter.MAX_DATA_ROWS)) {

            // then
            assertThat(sheetNames(workbook))
                    .containsExactly("Summary", "Accounts", "OUs", "Checks", "Findings", "Not assessed", "Changes");
            for (String table : List.of("Accounts", "OUs", "Checks", "Findings", "Not assessed", "Changes")) {
                XSSFSheet sheet = workbook.getSheet(table);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(table).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                        .as(table)
                        .isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(table).isTrue();
                assertThat(sheet.getColumnWidth(0)).as(table).isGreaterThan(10 * 256);
            }
            assertThat(workbook.getSheet("Findings")
                            .getCTWorksheet()
                            .getAutoFilter()
                            .getRef())
                    .isEqualTo("A1:Q6");
        }
    }

    @Test
    void writeShouldListAccountsWithOwnerTagsScoresAndServiceStatus() throws IOException {
        // given
        AuditReport report = SampleRun.report(reports.resolve("20261203-171500"), STARTED, SampleRun.results());

        // when
        try (XSSFWorkbook workbook = write(report, ExcelReportWriter.MAX_DATA_ROWS)) {

            // then
            Sheet accounts = workbook.getSheet("Accounts");
            assertThat(texts(accounts.getRow(0)))
                    .containsExactly(
                            "Account ID",
                            "Account name",
                            "OU path",
                            "Owner",
                            "Team",
                            "Environment",
                            "Score",
                            "Level",
                            "Coverage %",
                            "Failed checks",
                            "Unknown checks",
                            "Account",
                            "CloudTrail",
                            "Detective",
                            "GuardDuty");
            assertThat(accounts.getLastRowNum()).isEqualTo(3);
            Row management = accounts.getRow(1);
            assertThat(management.getCell(0).getStringCellValue()).isEqualTo("111111111111");
            // 111: passed 10 + 6 + 1, failed 3 -> 17 / 20
            assertThat(management.getCell(6).getNumericCellValue()).isEqualTo(85.0);
            assertThat(management.getCell(7).getNumericCellValue()).isEqualTo(2.0);
            assertThat(management.getCell(13).getStringCellValue()).isEqualTo("FAIL");
            assertThat(fill(management.getCell(13))).isEqualTo("FFC7CE");
            assertThat(fill(management.getCell(12))).isEqualTo("C6EFCE");
            Row workloads = accounts.getRow(3);
            assertThat(workloads.getCell(14).getStringCellValue()).isEqualTo("UNKNOWN");
            assertThat(fill(workloads.getCell(14))).isEqualTo("FFEB9C");
        }
    }

    @Test
    void writeShouldKeepValuesFromAwsAsText() throws IOException {
        // given an account name, a tag, a message and evidence that look like formulas
        AuditReport report = SampleRun.report(reports.resolve("20261203-171500"), STARTED, SampleRun.results());

        // when
        try (XSSFWorkbook workbook = write(report, ExcelReportWriter.MAX_DATA_ROWS)) {

            // then
            Row account = workbook.getSheet("Accounts").getRow(3);
            assertThat(account.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(account.getCell(1).getStringCellValue()).isEqualTo(SampleRun.FORMULA_NAME);
            assertThat(account.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(account.getCell(3).getStringCellValue()).isEqualTo("=1+1");
            Row finding = findingOf(workbook.getSheet("Findings"), "222222222222", "FAIL");
            assertThat(finding.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(finding.getCell(1).getStringCellValue()).isEqualTo(SampleRun.FORMULA_NAME);
            assertThat(finding.getCell(8).getStringCellValue()).isEqualTo(SampleRun.FORMULA_NAME);
            assertThat(finding.getCell(11).getCellType()).isEqualTo(CellType.STRING);
            assertThat(finding.getCell(11).getStringCellValue())
                    .isEqualTo("trail: =cmd|' /C calc'!A0; isLogging: false");
        }
    }

    @Test
    void writeShouldListEveryFailAndUnknownWithRemediationConsoleLinkAndFirstSeen() throws IOException {
        // given
        AuditReport report = SampleRun.report(reports.resolve("20261203-171500"), STARTED, SampleRun.results());

        // when
        try (XSSFWorkbook workbook = write(report, ExcelReportWriter.MAX_DATA_ROWS)) {

            // then
            Sheet findings = workbook.getSheet("Findings");
            assertThat(findings.getLastRowNum()).isEqualTo(5);
            assertThat(texts(findings.getRow(0)).subList(0, 9))
                    .containsExactly(
                            "Account ID",
                            "Account name",
                            "OU path",
                            "Region",
                            "Check ID",
                            "Title",
                            "Severity",
                            "Status",
                            "Message");
            Row finding = findingOf(findings, "222222222222", "FAIL");
            assertThat(finding.getCell(2).getStringCellValue()).isEqualTo("Root/Workloads");
            assertThat(finding.getCell(3).getStringCellValue()).isEqualTo("eu-west-1");
            assertThat(finding.getCell(6).getStringCellValue()).isEqualTo("CRITICAL");
            assertThat(finding.getCell(10).getStringCellValue())
                    .isEqualTo("arn:aws:cloudtrail:eu-west-1:222222222222:trail/main");
            assertThat(finding.getCell(13).getStringCellValue()).isEqualTo("aws cloudtrail enable");
            assertThat(finding.getCell(14).getCellFormula())
                    .isEqualTo("HYPERLINK(\"https://console.aws.amazon.com/cloudtrailv2/home?region=eu-west-1\","
                            + "\"Open console\")");
            assertThat(finding.getCell(14).getStringCellValue()).isEqualTo("Open console");
            Cell firstSeen = finding.getCell(16);
            assertThat(firstSeen.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(firstSeen)).isTrue();
            assertThat(firstSeen.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 3, 17, 15));
            Row unknown = findingOf(findings, "333333333333", "UNKNOWN");
            assertThat(unknown.getCell(16).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void writeWhenFindingsExceedOneSheetShouldContinueOnNumberedSheets() throws IOException {
        // given
        AuditReport report = SampleRun.report(reports.resolve("20261203-171500"), STARTED, SampleRun.results());

        // when two data rows fit on a sheet
        try (XSSFWorkbook workbook = write(report, 2)) {

            // then
            assertThat(sheetNames(workbook))
                    .containsSubsequence("Checks", "Findings", "Findings (2)", "Findings (3)", "Not assessed");
            assertThat(workbook.getSheet("Findings").getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheet("Findings (2)").getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheet("Findings (3)").getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheet("Findings (3)").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Account ID");
        }
    }

    @Test
    void writeShouldSummariseScoreLevelsAndRunWithAChart() throws IOException {
        // given
        AuditReport report = SampleRun.report(reports.resolve("20261203-171500"), STARTED, SampleRun.results());

        // when
        try (XSSFWorkbook workbook = write(report, ExcelReportWriter.MAX_DATA_ROWS)) {

            // then
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(valueOf(summary, "Organization score (0-100)").getNumericCellValue())
                    .isEqualTo(report.scores().organizationScore());
            assertThat(valueOf(summary, "Accounts not assessed (not active or role denied)")
                            .getNumericCellValue())
                    .isEqualTo(1.0);
            assertThat(valueOf(summary, "Regions not assessed").getNumericCellValue())
                    .isEqualTo(1.0);
            assertThat(valueOf(summary, "0 Not recorded").getNumericCellValue()).isEqualTo(2.0);
            assertThat(valueOf(summary, "2 Visible").getNumericCellValue()).isEqualTo(1.0);
            Cell started = valueOf(summary, "Started (UTC)");
            assertThat(DateUtil.isCellDateFormatted(started)).isTrue();
            assertThat(started.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 3, 17, 15));
            assertThat(valueOf(summary, "Duration").getStringCellValue()).isEqualTo("0:12:05");
            assertThat(valueOf(summary, "Compared with run").getStringCellValue())
                    .isEqualTo("none (first run)");
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(summary.getDrawingPatriarch()
                            .getCharts()
                            .get(0)
                            .getChartSeries()
                            .get(0)
                            .getSeriesCount())
                    .isEqualTo(1);
            assertThat(rowLabelled(summary, "Title of cloudtrail.region-coverage")
                            .getCell(2)
                            .getNumericCellValue())
                    .isEqualTo(1.0);
        }
    }

    @Test
    void writeShouldListNotAssessedAndChecks() throws IOException {
        // given
        AuditReport report = SampleRun.report(reports.resolve("20261203-171500"), STARTED, SampleRun.results());

        // when
        try (XSSFWorkbook workbook = write(report, ExcelReportWriter.MAX_DATA_ROWS)) {

            // then
            Sheet notAssessed = workbook.getSheet("Not assessed");
            assertThat(notAssessed.getLastRowNum()).isEqualTo(2);
            assertThat(texts(notAssessed.getRow(1)))
                    .containsExactly("444444444444", "closed", "Root", "global", "Account state is SUSPENDED");
            Sheet checks = workbook.getSheet("Checks");
            assertThat(checks.getLastRowNum()).isEqualTo(4);
            Row coverage = rowLabelled(checks, "cloudtrail.region-coverage");
            assertThat(coverage.getCell(3).getStringCellValue()).isEqualTo("CRITICAL");
            assertThat(coverage.getCell(4).getNumericCellValue()).isEqualTo(10.0);
            assertThat(coverage.getCell(12).getNumericCellValue()).isEqualTo(50.0);
            assertThat(workbook.getSheet("OUs").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Root");
            assertThat(workbook.getSheet("OUs").getRow(1).getCell(1).getNumericCellValue())
                    .isEqualTo(3.0);
            assertThat(workbook.getSheet("Changes").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("No previous run to compare with");
        }
    }

    @Test
    void writeWhenAPreviousRunExistsShouldListTheChanges() throws IOException {
        // given yesterday 111 failed Detective and 555 existed; today 111 passes Detective but fails its contact
        Path yesterday = reports.resolve("20261202-171500");
        List<CheckResult> before = new ArrayList<>(SampleRun.results());
        before.add(SampleRun.result("cloudtrail.region-coverage", "555555555555", "us-east-1", Status.PASS));
        new SummaryJsonWriter(new RunHistory(), SyntheticAudit.properties(Map.of()))
                .write(SampleRun.report(yesterday, STARTED.minusSeconds(86400), before), yesterday);
        List<CheckResult> after = new ArrayList<>();
        for (CheckResult result : SampleRun.results()) {
            boolean management = result.accountId().equals("111111111111");
            if (management && result.checkId().equals("detective.membership")) {
                after.add(SampleRun.result(result.checkId(), result.accountId(), result.region(), Status.PASS));
            } else if (management && result.checkId().equals("contact.security")) {
                after.add(SampleRun.result(result.checkId(), result.accountId(), result.region(), Status.FAIL));
            } else {
                after.add(result);
            }
        }
        AuditReport report = SampleRun.report(reports.resolve("20261203-171500"), STARTED, after);

        // when
        try (XSSFWorkbook workbook = write(report, ExcelReportWriter.MAX_DATA_ROWS)) {

            // then
            Sheet changes = workbook.getSheet("Changes");
            List<String> kinds = new ArrayList<>();
            changes.forEach(row -> kinds.add(row.getCell(0).getStringCellValue() + " " + text(row.getCell(1))));
            assertThat(kinds)
                    .containsExactly(
                            "Change Account ID",
                            "Organization score ",
                            "Account removed 555555555555",
                            "New failure 111111111111",
                            "Resolved failure 111111111111",
                            "Score movement 111111111111");
            Row newFailure = rowLabelled(changes, "New failure");
            assertThat(newFailure.getCell(3).getStringCellValue()).isEqualTo("contact.security");
            assertThat(newFailure.getCell(5).getStringCellValue()).isEqualTo("PASS");
            assertThat(newFailure.getCell(6).getStringCellValue()).isEqualTo("FAIL");
            Row movement = rowLabelled(changes, "Score movement");
            assertThat(movement.getCell(5).getNumericCellValue()).isEqualTo(85.0);
            assertThat(movement.getCell(6).getNumericCellValue()).isEqualTo(95.0);
            assertThat(movement.getCell(7).getNumericCellValue()).isEqualTo(10.0);
            assertThat(valueOf(workbook.getSheet("Summary"), "Compared with run")
                            .getStringCellValue())
                    .isEqualTo("20261202-171500");
            Row contact = findingOf(workbook.getSheet("Findings"), "111111111111", "FAIL");
            assertThat(contact.getCell(16).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 12, 3, 17, 15));
            Row trail = findingOf(workbook.getSheet("Findings"), "222222222222", "FAIL");
            assertThat(trail.getCell(16).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 2, 17, 15));
        }
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.getStringCellValue();
    }

    private XSSFWorkbook write(AuditReport report, int rowsPerSheet) throws IOException {
        Path runDirectory = reports.resolve(report.run().runId());
        new ExcelReportWriter(new RunHistory(), SyntheticAudit.properties(Map.of()), rowsPerSheet)
                .write(report, runDirectory);
        Path file = runDirectory.resolve(ExcelReportWriter.FILE_NAME);
        assertThat(runDirectory.resolve(ExcelReportWriter.FILE_NAME + ".part")).doesNotExist();
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static String fill(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle())
                .getFillForegroundColorColor()
                .getARGBHex()
                .substring(2);
    }

    private static Row findingOf(Sheet findings, String accountId, String status) {
        for (Row row : findings) {
            if (row.getRowNum() > 0
                    && row.getCell(0).getStringCellValue().equals(accountId)
                    && row.getCell(7).getStringCellValue().equals(status)) {
                return row;
            }
        }
        throw new AssertionError("no " + status + " finding for " + accountId);
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        return null;
    }

    private static Cell valueOf(Sheet sheet, String label) {
        Row row = rowLabelled(sheet, label);
        return row == null ? null : row.getCell(1);
    }
}
