package org.irauditor.report.excel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.irauditor.core.Status;

/**
 * One table on its own streamed sheet: a frozen header row, explicit column widths (auto-sizing would need every
 * row in memory) and an auto-filter over the rows written. Text goes into string cells only, so nothing read from
 * AWS can ever become a formula.
 */
final class Table {

    /** Excel's limit on the characters of one cell. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final int columns;
    private Row row;
    private int column;

    Table(SXSSFSheet sheet, Styles styles, List<Column> header) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = header.size();
        Row top = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = top.createCell(i);
            cell.setCellValue(header.get(i).name());
            cell.setCellStyle(styles.header);
            // Never narrower than the header (and its filter button), so headers stay on one line.
            int width = Math.max(header.get(i).width(), header.get(i).name().length() + 4);
            sheet.setColumnWidth(i, width * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Data rows written so far. */
    int rows() {
        return sheet.getLastRowNum();
    }

    Table row() {
        row = sheet.createRow(sheet.getLastRowNum() + 1);
        column = 0;
        return this;
    }

    Table text(String value) {
        return text(value, styles.text);
    }

    Table text(String value, CellStyle style) {
        Cell cell = next(style);
        if (value != null) {
            cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
        }
        return this;
    }

    Table number(Number value, CellStyle style) {
        Cell cell = next(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return this;
    }

    Table integer(long value) {
        return number(value, styles.integer);
    }

    Table score(Double value) {
        return number(value, styles.score);
    }

    /** A real Excel date, in UTC. */
    Table date(Instant value) {
        Cell cell = next(styles.date);
        if (value != null) {
            cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
        return this;
    }

    Table status(Status status) {
        return text(status == null ? null : status.name(), styles.of(status));
    }

    /**
     * A link to a console page this product built itself (never a value read from AWS): a HYPERLINK formula rather
     * than a cell hyperlink, because the latter are held in memory until the sheet is written.
     */
    Table link(String url, String label) {
        Cell cell = next(styles.link);
        if (url != null) {
            cell.setCellFormula("HYPERLINK(\"" + url.replace("\"", "\"\"") + "\",\"" + label + "\")");
            cell.setCellValue(label);
        }
        return this;
    }

    /** Puts the auto-filter over the header and every row written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(sheet.getLastRowNum(), 0), 0, columns - 1));
    }

    private Cell next(CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        return cell;
    }

    /** A column's header and its width in characters. */
    record Column(String name, int width) {}
}
