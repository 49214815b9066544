package org.irauditor.report.excel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.Phase;
import org.irauditor.core.Question;
import org.irauditor.core.Status;
import org.irauditor.report.AuditReport;
import org.irauditor.report.RunInfo;
import org.irauditor.report.history.RunDiff;
import org.irauditor.scoring.CheckStat;
import org.irauditor.scoring.Scores;
import org.irauditor.scoring.Tally;

/**
 * The executive summary: the organization's score and coverage, the maturity distribution with a bar chart,
 * readiness by incident-response phase and by question, the top gaps and the run's metadata.
 */
final class SummarySheet {

    static final String NAME = "Summary";

    /** What each maturity level means, in the order incident responders build capability. */
    static final List<String> LEVELS =
            List.of("0 Not recorded", "1 Recorded", "2 Visible", "3 Investigable", "4 Automated");

    private static final int TOP_GAPS = 10;
    private static final String[] TALLY_HEADER = {"Score", "Coverage %", "Passed", "Failed", "Unknown"};

    private final SXSSFSheet sheet;
    private final Styles styles;
    private int next;

    SummarySheet(SXSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
        int[] widths = {46, 16, 14, 12, 12, 12, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        fitOnOnePage();
    }

    /** Prints (and renders to PDF) on one landscape page, the chart beside the figures. */
    private void fitOnOnePage() {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    void write(AuditReport report, RunDiff diff, int regionsNotAssessed) {
        Scores scores = report.scores();
        cell(row(), 0, "Incident-response readiness", styles.title);
        next++;
        headline(scores, diff, regionsNotAssessed);
        next++;
        int levelsAt = levels(scores);
        next++;
        tallies("Readiness by incident-response phase", "Phase", scores.phases(), Phase.values());
        next++;
        tallies("Readiness by question", "Question", scores.questions(), Question.values());
        next++;
        topGaps(report);
        next++;
        runMetadata(report, diff);
        chart(levelsAt, scores.levels());
    }

    private void headline(Scores scores, RunDiff diff, int regionsNotAssessed) {
        number("Organization score (0-100)", scores.organizationScore(), styles.score);
        number("Assessment coverage %", scores.organizationCoverage(), styles.score);
        if (diff.hasPrevious()) {
            number("Score movement since previous run", diff.organizationDelta(), styles.score);
        }
        number("Active accounts in scope", scores.accounts().size(), styles.integer);
        number("Accounts not assessed (not active or role denied)", scores.accountsNotAssessed(), styles.integer);
        number("Regions not assessed", regionsNotAssessed, styles.integer);
        for (Status status : Status.values()) {
            number("Results " + status.name(), scores.count(status), styles.integer);
        }
    }

    private int levels(Scores scores) {
        header(row(), "Maturity level", "Accounts");
        int first = next;
        Map<Integer, Integer> levels = scores.levels();
        for (int level = 0; level < LEVELS.size(); level++) {
            Row row = row();
            cell(row, 0, LEVELS.get(level), styles.text);
            numberCell(row, 1, levels.getOrDefault(level, 0), styles.integer);
        }
        return first;
    }

    private <K extends Enum<K>> void tallies(String title, String key, Map<K, Tally> tallies, K[] order) {
        cell(row(), 0, title, styles.label);
        Row header = row();
        cell(header, 0, key, styles.header);
        for (int i = 0; i < TALLY_HEADER.length; i++) {
            cell(header, i + 1, TALLY_HEADER[i], styles.numberHeader);
        }
        for (K k : order) {
            Tally tally = tallies.get(k);
            if (tally == null) {
                continue;
            }
            Row row = row();
            cell(row, 0, k.name(), styles.text);
            numberCell(row, 1, tally.score(), styles.score);
            numberCell(row, 2, tally.coverage(), styles.score);
            numberCell(row, 3, tally.passed(), styles.integer);
            numberCell(row, 4, tally.failed(), styles.integer);
            numberCell(row, 5, tally.unknown(), styles.integer);
        }
    }

    private void topGaps(AuditReport report) {
        cell(row(), 0, "Top gaps (accounts failing)", styles.label);
        Row header = row();
        header(header, "Check", "Severity", "Failing", "Unknown");
        cell(header, 1, "Severity", styles.header);
        List<CheckStat> gaps = report.scores().checks().stream()
                .filter(c -> c.accountsFailed() > 0)
                .sorted(Comparator.comparingInt(CheckStat::accountsFailed)
                        .reversed()
                        .thenComparing(CheckStat::checkId))
                .limit(TOP_GAPS)
                .toList();
        for (CheckStat gap : gaps) {
            CheckMetadata check = report.catalog().get(gap.checkId());
            Row row = row();
            cell(row, 0, check.title(), styles.text);
            cell(row, 1, check.severity().name(), styles.text);
            numberCell(row, 2, gap.accountsFailed(), styles.integer);
            numberCell(row, 3, gap.accountsUnknown(), styles.integer);
        }
    }

    private void runMetadata(AuditReport report, RunDiff diff) {
        RunInfo run = report.run();
        cell(row(), 0, "Run", styles.label);
        text("Run id", run.runId());
        date("Started (UTC)", run);
        Row finished = row();
        cell(finished, 0, "Finished (UTC)", styles.text);
        dateCell(finished, run.finishedAt());
        text("Duration", duration(run));
        text("Mode", run.mode());
        text("Version", run.version());
        text("Organization", report.organization().organizationId());
        text("Partition", run.partition());
        text("Home region", run.homeRegion());
        text(
                "Regions in scope",
                run.regionsInScope().isEmpty() ? "all enabled" : String.join(", ", run.regionsInScope()));
        text("Compared with run", diff.hasPrevious() ? diff.previousRunId() : "none (first run)");
    }

    /** A bar chart of the maturity distribution, beside the headline figures. */
    private void chart(int levelsAt, Map<Integer, Integer> distribution) {
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, 1, 9, 19);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Accounts by maturity level");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis levels = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis accounts = chart.createValueAxis(AxisPosition.LEFT);
        accounts.setCrosses(AxisCrosses.AUTO_ZERO);
        accounts.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFDataSource<String> names =
                XDDFDataSourcesFactory.fromArray(LEVELS.toArray(String[]::new), range(levelsAt, 0));
        XDDFNumericalDataSource<Integer> counts =
                XDDFDataSourcesFactory.fromArray(counts(distribution), range(levelsAt, 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, levels, accounts);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFChartData.Series series = data.addSeries(names, counts);
        series.setTitle("Accounts", null);
        // Without an explicit fill some viewers (LibreOffice among them) draw the bars invisible.
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x44, 0x72, (byte) 0xC4})));
        chart.plot(data);
    }

    private static Integer[] counts(Map<Integer, Integer> distribution) {
        Integer[] counts = new Integer[LEVELS.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = distribution.getOrDefault(i, 0);
        }
        return counts;
    }

    private static String range(int firstRow, int column) {
        String col = CellReference.convertNumToColString(column);
        return "'" + NAME + "'!$" + col + "$" + (firstRow + 1) + ":$" + col + "$" + (firstRow + LEVELS.size());
    }

    private static String duration(RunInfo run) {
        if (run.startedAt() == null || run.finishedAt() == null) {
            return null;
        }
        Duration d = Duration.between(run.startedAt(), run.finishedAt());
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    private void number(String label, Number value, CellStyle style) {
        Row row = row();
        cell(row, 0, label, styles.text);
        numberCell(row, 1, value, style);
    }

    private void text(String label, String value) {
        Row row = row();
        cell(row, 0, label, styles.text);
        cell(row, 1, value, styles.text);
    }

    private void date(String label, RunInfo run) {
        Row row = row();
        cell(row, 0, label, styles.text);
        dateCell(row, run.startedAt());
    }

    private void dateCell(Row row, Instant value) {
        Cell cell = row.createCell(1);
        cell.setCellStyle(styles.date);
        if (value != null) {
            cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    /** A header row whose first column labels text and whose other columns label numbers, aligned with them. */
    private void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            cell(row, i, names[i], i == 0 ? styles.header : styles.numberHeader);
        }
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.length() > Table.MAX_TEXT ? value.substring(0, Table.MAX_TEXT) : value);
        }
    }

    private static void numberCell(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
