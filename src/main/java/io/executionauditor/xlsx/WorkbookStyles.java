package io.executionauditor.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every workbook the project writes shares (the template, the sample workbooks, the XLSX report):
 * a bold header, yyyy-mm-dd dates, plain numbers, wrapped text. One instance per workbook; each style is created on
 * first use and then reused, because a workbook holds at most 64,000 styles and one that is never used should not
 * appear in the file.
 *
 * <p>It lives in a package of its own so the importer (the template) and the reports can both use it without one
 * depending on the other.
 */
public final class WorkbookStyles {
    private final Workbook workbook;
    private Font bold;
    private CellStyle header;
    private CellStyle date;
    private CellStyle number;
    private CellStyle wrap;

    public WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    public Workbook workbook() {
        return workbook;
    }

    public Font bold() {
        if (bold == null) {
            bold = workbook.createFont();
            bold.setBold(true);
        }
        return bold;
    }

    /** Header cells: bold. */
    public CellStyle header() {
        if (header == null) {
            header = workbook.createCellStyle();
            header.setFont(bold());
        }
        return header;
    }

    /** Dates as yyyy-mm-dd, whatever the reader's locale. */
    public CellStyle date() {
        if (date == null) {
            date = formatted("yyyy-mm-dd");
        }
        return date;
    }

    /** Numbers without trailing zeros: 8, 2.5. */
    public CellStyle number() {
        if (number == null) {
            number = formatted("0.##");
        }
        return number;
    }

    /** Text wrapped within the column's width, aligned to the top of the row. */
    public CellStyle wrap() {
        if (wrap == null) {
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
        }
        return wrap;
    }

    private CellStyle formatted(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
