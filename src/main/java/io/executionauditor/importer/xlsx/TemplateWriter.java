package io.executionauditor.importer.xlsx;

import io.executionauditor.importer.CanonicalSheet;
import io.executionauditor.importer.Column;
import io.executionauditor.plan.ChangeKind;
import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Health;
import io.executionauditor.plan.Status;
import io.executionauditor.xlsx.WorkbookStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a blank canonical workbook: the six sheets with bold, frozen headers, date-formatted date columns and
 * drop-downs for closed value sets, plus a Columns sheet explaining every column. Everything comes from the tables
 * the importer reads with ({@link CanonicalSheet}, the column enums and the plan's enums), so the two cannot drift.
 */
public final class TemplateWriter {
    private static final int LAST_ROW = 5000;

    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            for (CanonicalSheet sheet : CanonicalSheet.values()) {
                if (sheet == CanonicalSheet.PLAN) {
                    planSheet(workbook, styles);
                } else {
                    columnsSheet(workbook.createSheet(sheet.title()), sheet, styles);
                }
            }
            explanation(workbook, styles);
            workbook.write(out);
        }
    }

    private static void planSheet(XSSFWorkbook workbook, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet(CanonicalSheet.PLAN.title());
        header(sheet, List.of("Field", "Value"), styles);
        int r = 1;
        for (Column field : CanonicalSheet.PLAN.columns()) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(field.header());
            CellStyle style = style(field, styles);
            if (style != null) {
                row.createCell(1).setCellStyle(style);
            }
            List<String> choices = choices(field.kind());
            if (!choices.isEmpty()) {
                dropDown(sheet, r, r, 1, choices);
            }
            r++;
        }
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 30 * 256);
    }

    private static void columnsSheet(Sheet sheet, CanonicalSheet canonical, WorkbookStyles styles) {
        List<String> headers = new ArrayList<>();
        for (Column column : canonical.columns()) {
            headers.add(column.header());
        }
        header(sheet, headers, styles);
        for (int i = 0; i < canonical.columns().size(); i++) {
            Column column = canonical.columns().get(i);
            sheet.setColumnWidth(i, width(column) * 256);
            CellStyle style = style(column, styles);
            if (style != null) {
                sheet.setDefaultColumnStyle(i, style);
            }
            List<String> choices = choices(column.kind());
            if (!choices.isEmpty()) {
                dropDown(sheet, 1, LAST_ROW, i, choices);
            }
        }
    }

    /** The Columns sheet: one row per column of every sheet, its synonyms and accepted values. */
    private static void explanation(XSSFWorkbook workbook, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet("Columns");
        header(sheet, List.of("Sheet", "Column", "Required", "Meaning", "Also accepted as", "Accepted values"),
                styles);
        int r = 1;
        for (CanonicalSheet canonical : CanonicalSheet.values()) {
            Row about = sheet.createRow(r++);
            about.createCell(0).setCellValue(canonical.title());
            about.createCell(1).setCellValue("(the sheet)");
            about.createCell(2).setCellValue(canonical.required() ? "yes" : "no");
            about.createCell(3).setCellValue(canonical.meaning());
            for (Column column : canonical.columns()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(canonical.title());
                row.createCell(1).setCellValue(column.header());
                row.createCell(2).setCellValue(column.required() ? "yes" : "no");
                row.createCell(3).setCellValue(column.meaning());
                row.createCell(4).setCellValue(String.join(", ", column.synonyms()));
                row.createCell(5).setCellValue(accepted(column));
                for (int c = 3; c <= 5; c++) {
                    row.getCell(c).setCellStyle(styles.wrap());
                }
            }
        }
        int[] widths = {10, 18, 9, 60, 34, 50};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static String accepted(Column column) {
        if (!column.accepted().isEmpty()) {
            return column.accepted();
        }
        switch (column.kind()) {
            case DATE:
                return "a date: an Excel date, yyyy-mm-dd, or dd/mm/yyyy or mm/dd/yyyy used the same way in the "
                        + "whole column";
            case NUMBER:
                return "a number: 8, 8.5 or 8,5, optionally with a unit: 8h, 3d, 5 pts";
            case NAMES:
                return "names separated by , ; / & + or and";
            case KEYS:
                return "item keys separated by , ; or spaces";
            case LIST:
                return "text separated by , or ;";
            default:
                return "text";
        }
    }

    private static void header(Sheet sheet, List<String> headers, WorkbookStyles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
            row.getCell(i).setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, 1);
    }

    private static CellStyle style(Column column, WorkbookStyles styles) {
        switch (column.kind()) {
            case DATE:
                return styles.date();
            case NUMBER:
                return styles.number();
            default:
                return null;
        }
    }

    private static int width(Column column) {
        switch (column.kind()) {
            case DATE:
                return 12;
            case NUMBER:
            case PRIORITY:
                return 10;
            case STATUS:
            case HEALTH:
            case CHANGE_KIND:
                return 16;
            default:
                return Math.max(12, Math.min(40, column.header().length() + 4)) + (column.kind() == Column.ValueKind
                        .TEXT && !column.required() ? 10 : 0);
        }
    }

    /** The canonical names of a closed set, for drop-downs; other spellings stay allowed. */
    private static List<String> choices(Column.ValueKind kind) {
        List<String> names = new ArrayList<>();
        switch (kind) {
            case STATUS:
                for (Status status : Status.values()) {
                    names.add(status.id().replace('_', ' '));
                }
                break;
            case HEALTH:
                for (Health health : Health.values()) {
                    names.add(health.id().replace('_', ' '));
                }
                break;
            case CHANGE_KIND:
                for (ChangeKind kindOfChange : ChangeKind.values()) {
                    names.add(kindOfChange.id().replace('_', ' '));
                }
                break;
            case UNIT:
                for (EstimateUnit unit : EstimateUnit.values()) {
                    names.add(unit.id().toLowerCase(Locale.ROOT));
                }
                break;
            default:
                break;
        }
        return names;
    }

    private static void dropDown(Sheet sheet, int firstRow, int lastRow, int column, List<String> choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(false); // synonyms (Closed, Green, ...) are accepted too
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
