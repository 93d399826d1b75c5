package io.executionauditor.report.xlsx;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one sheet top to bottom, a row at a time (the streaming workbook forgets rows behind its window). Text is
 * always written as a string cell, so plan text that looks like a formula ({@code =HYPERLINK(...)}) stays inert, and
 * is cut to Excel's limit; {@code null} leaves the cell out.
 */
final class SheetWriter {
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String CUT_MARK = "…";
    private static final float LINE_POINTS = 15f;
    private static final double CHARACTERS_PER_WIDTH = 1.1;
    private static final int DEFAULT_WIDTH = 8;
    private static final float MAX_ROW_POINTS = 409f;

    final ReportStyles styles;
    private final Sheet sheet;
    /** Column widths in characters, as set; kept here because asking the sheet costs a lookup per cell. */
    private final Map<Integer, Integer> columnWidths = new HashMap<>();
    private int next;

    SheetWriter(Workbook workbook, String name, ReportStyles styles) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    Sheet sheet() {
        return sheet;
    }

    /** The index of the row {@link #row()} writes next. */
    int nextRow() {
        return next;
    }

    void skip() {
        next++;
    }

    Line row() {
        return new Line(sheet.createRow(next++));
    }

    /** A row of titles in the header style. */
    Line header(List<String> titles) {
        return header(titles, titles.size());
    }

    /** A row of titles; those from {@code numericFrom} on are aligned right, like the numbers below them. */
    Line header(List<String> titles, int numericFrom) {
        Line line = row();
        for (int i = 0; i < titles.size(); i++) {
            line.text(titles.get(i), i < numericFrom ? styles.header : styles.numberHeader);
        }
        return line;
    }

    /** Column widths in characters, from the first column. */
    void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            width(i, characters[i]);
        }
    }

    void width(int column, int characters) {
        columnWidths.put(column, Math.min(255, characters));
        sheet.setColumnWidth(column, columnWidths.get(column) * 256);
    }

    /** Keeps the first columns and rows in view, and prints those rows on every page. */
    void freeze(int columns, int rows) {
        sheet.createFreezePane(columns, rows);
        if (rows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, rows - 1, -1, -1));
        }
    }

    /** An auto filter from the header row {@code headerRow} to the last row written, over columns 0 to lastColumn. */
    void filter(int headerRow, int lastColumn) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, lastColumn));
    }

    /** Text as Excel can hold it: longer than 32,767 characters, it is cut and ends in a visible mark. */
    static String fit(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - CUT_MARK.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT_MARK;
    }

    /** One row, written left to right. */
    final class Line {
        private final Row row;
        private int column;

        private Line(Row row) {
            this.row = row;
        }

        Row row() {
            return row;
        }

        Line text(String value) {
            return text(value, styles.text);
        }

        Line text(String value, CellStyle style) {
            if (value == null || value.isEmpty()) {
                return skip();
            }
            String text = fit(value);
            if (style != null && style.getWrapText()) {
                fitHeight(text);
            }
            cell(style).setCellValue(text);
            return this;
        }

        Line number(Number value) {
            return number(value, styles.number);
        }

        Line number(Number value, CellStyle style) {
            if (value == null) {
                return skip();
            }
            cell(style).setCellValue(value.doubleValue());
            return this;
        }

        Line date(LocalDate value) {
            if (value == null) {
                return skip();
            }
            cell(styles.date).setCellValue(value);
            return this;
        }

        /** An empty cell that still shows its style (a fill, say). */
        Line blank(CellStyle style) {
            cell(style);
            return this;
        }

        Line skip() {
            column++;
            return this;
        }

        /**
         * Makes the row tall enough for wrapped text. Spreadsheets do not reliably grow a row to fit on opening (a
         * streamed sheet cannot measure text), so the height is estimated: a column's width counts digit widths,
         * and a line of prose in the default font holds about 10% more characters than that.
         */
        private void fitHeight(String text) {
            int perLine = Math.max(1, (int) (columnWidths.getOrDefault(column, DEFAULT_WIDTH) * CHARACTERS_PER_WIDTH));
            int lines = 0;
            for (String paragraph : text.split("\n", -1)) {
                lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
            }
            float height = Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
            if (height > row.getHeightInPoints()) {
                row.setHeightInPoints(height);
            }
        }

        private Cell cell(CellStyle style) {
            Cell cell = row.createCell(column++);
            if (style != null) {
                cell.setCellStyle(style);
            }
            return cell;
        }
    }
}
