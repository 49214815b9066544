package org.irauditor.report.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.irauditor.core.Status;

/**
 * The few cell styles of the workbook, created once (a workbook holds at most 64,000 styles). Colour appears only
 * where it carries meaning: green for PASS, red for FAIL, amber for UNKNOWN, in the usual spreadsheet palette.
 */
final class Styles {

    final CellStyle header;
    final CellStyle numberHeader;
    final CellStyle title;
    final CellStyle label;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle score;
    final CellStyle date;
    final CellStyle link;
    final CellStyle pass;
    final CellStyle fail;
    final CellStyle unknown;

    Styles(SXSSFWorkbook workbook) {
        header = header(workbook);
        numberHeader = header(workbook);
        numberHeader.setAlignment(HorizontalAlignment.RIGHT);
        title = title(workbook);
        label = bold(workbook);
        text = workbook.createCellStyle();
        integer = format(workbook, "0");
        score = format(workbook, "0.0");
        date = format(workbook, "yyyy-mm-dd hh:mm:ss");
        link = link(workbook);
        pass = status(workbook, new byte[] {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE}, new byte[] {0x00, 0x61, 0x00});
        fail = status(
                workbook, new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, new byte[] {(byte) 0x9C, 0x00, 0x06});
        unknown = status(
                workbook, new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, new byte[] {(byte) 0x9C, 0x57, 0x00});
    }

    /** The style of a status cell; NOT_APPLICABLE stays plain. */
    CellStyle of(Status status) {
        if (status == null) {
            return text;
        }
        return switch (status) {
            case PASS -> pass;
            case FAIL -> fail;
            case UNKNOWN -> unknown;
            case NOT_APPLICABLE -> text;
        };
    }

    private static CellStyle header(SXSSFWorkbook workbook) {
        XSSFCellStyle style = (XSSFCellStyle) bold(workbook);
        style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9}, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(true);
        return style;
    }

    private static CellStyle bold(SXSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static CellStyle title(SXSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 16);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static CellStyle format(SXSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static CellStyle link(SXSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setUnderline(Font.U_SINGLE);
        font.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static CellStyle status(SXSSFWorkbook workbook, byte[] fill, byte[] fontColour) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setColor(new XSSFColor(fontColour, null));
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(new XSSFColor(fill, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
