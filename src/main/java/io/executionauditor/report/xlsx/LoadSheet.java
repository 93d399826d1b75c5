package io.executionauditor.report.xlsx;

import io.executionauditor.audit.LoadTable;
import io.executionauditor.report.AuditReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Person by period, laid out as three blocks side by side under a band naming each block: first the load as a
 * share of capacity, one column per period (the heat map, coloured like the HTML report), then what is committed,
 * then the capacity, each again one column per period. The heat map reads across at a glance; the numbers behind a
 * cell are in the same row further right. (Three columns per period side by side would break the heat map into
 * stripes.) The colours are conditional formatting, so they follow if someone edits a number.
 */
final class LoadSheet {
    /** The HTML report's load colours and bands (those of {@link LoadTable.Level}). */
    private static final String FAR_OVER = "E57373";
    private static final String UNKNOWN = "E3E7EC";
    private static final List<Band> BANDS = List.of(
            new Band("over 120% or no capacity", FAR_OVER, "x>1.2"),
            new Band("over 100%", "FFB74D", "x>1,x<=1.2"),
            new Band("70–100%", "9CCC65", "x>=0.7,x<=1"),
            new Band("under 70%", "DCEDC8", "x<0.7"));
    private static final int FIRST_PERIOD = 2;
    private static final int HEADER_ROWS = 2;

    private LoadSheet() {
    }

    static void write(AuditReport report, SheetWriter sheet) {
        LoadTable load = report.load();
        if (load.rows().isEmpty()) {
            sheet.widths(60);
            sheet.row().text("No people and no owned work: there is no load to show.");
            return;
        }
        List<String> periods = load.periods();
        String unit = report.plan().estimateUnit();
        ReportStyles styles = sheet.styles;
        CellStyle unknown = styles.filled(UNKNOWN);
        CellStyle farOver = styles.filled(FAR_OVER);
        headers(sheet, periods, unit);
        for (LoadTable.Row row : load.rows()) {
            SheetWriter.Line line = sheet.row().text(row.person(), styles.label).text(row.team());
            for (LoadTable.Cell cell : row.cells()) {
                Double ratio = ratio(cell);
                if (cell.overZero()) {
                    line.text("no capacity", farOver);
                } else if (ratio != null) {
                    line.number(ratio, styles.percent);
                } else {
                    line.blank(cell.empty() ? null : unknown);
                }
            }
            line.skip();
            row.cells().forEach(cell -> line.number(cell.empty() ? null : cell.committed(), styles.decimal));
            line.skip();
            row.cells().forEach(cell -> line.number(cell.capacity(), styles.decimal));
        }
        heatMap(sheet, periods.size());
        legend(sheet, unit, farOver, unknown);
        sheet.freeze(FIRST_PERIOD, HEADER_ROWS);
    }

    /**
     * The exact share committed / capacity, not the rounded percentage: the colour bands compare the unrounded
     * ratio (as {@link LoadTable.Cell#level()} does), so 120.4% shows as 120% but is coloured as over 120%.
     * {@code null} where the report gives no percentage (capacity unknown or zero).
     */
    private static Double ratio(LoadTable.Cell cell) {
        if (cell.percent() == null) {
            return null;
        }
        return cell.capacity() != null && cell.capacity() > 0 ? cell.committed() / cell.capacity()
                : cell.percent() / 100.0;
    }

    private static void headers(SheetWriter sheet, List<String> periods, String unit) {
        int width = periods.size();
        List<String> band = new ArrayList<>(List.of("", ""));
        List<String> titles = new ArrayList<>(List.of("Person", "Team"));
        String[] blocks = {"Load (% of capacity)", "Committed (" + unit + ")", "Capacity (" + unit + ")"};
        for (int block = 0; block < blocks.length; block++) {
            int first = blockStart(block, width);
            for (int i = 0; i < width; i++) {
                band.add(i == 0 ? blocks[block] : "");
                titles.add(periods.get(i));
                sheet.width(first + i, Math.max(10, Math.min(18, periods.get(i).length() + 2)));
            }
            if (block < blocks.length - 1) {
                band.add(null);
                titles.add(null);
                sheet.width(first + width, 2);
            }
            if (width > 1) {
                sheet.sheet().addMergedRegion(new CellRangeAddress(0, 0, first, first + width - 1));
            }
        }
        sheet.widths(24, 14);
        sheet.header(band).row().setHeight((short) -1); // each band title spans its block: no need to wrap it
        sheet.header(titles, FIRST_PERIOD);
    }

    private static int blockStart(int block, int periods) {
        return FIRST_PERIOD + block * (periods + 1);
    }

    /** The heat map's colours, on the percentage block only; blank and text cells keep their own style. */
    private static void heatMap(SheetWriter sheet, int periods) {
        SheetConditionalFormatting formatting = sheet.sheet().getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(HEADER_ROWS, sheet.nextRow() - 1, FIRST_PERIOD,
                FIRST_PERIOD + periods - 1)};
        String cell = new CellReference(HEADER_ROWS, FIRST_PERIOD).formatAsString();
        List<ConditionalFormattingRule> rules = new ArrayList<>();
        for (Band band : BANDS) {
            String test = "AND(ISNUMBER(" + cell + ")," + band.test().replace("x", cell) + ")";
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(test);
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(ReportStyles.color(band.rgb()));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            rules.add(rule);
        }
        formatting.addConditionalFormatting(range, rules.toArray(ConditionalFormattingRule[]::new));
    }

    private static void legend(SheetWriter sheet, String unit, CellStyle farOver, CellStyle unknown) {
        ReportStyles styles = sheet.styles;
        sheet.skip();
        sheet.row().text("Colours", styles.label).text("Each load is committed / capacity in " + unit
                + " for the period; blank where the capacity is unknown.");
        for (Band band : BANDS) {
            sheet.row().text(band.label(), band.rgb().equals(FAR_OVER) ? farOver : styles.filled(band.rgb()));
        }
        sheet.row().text("capacity unknown", unknown);
    }

    /** A colour band of the heat map; {@code test} is a condition on the cell {@code x}. */
    private record Band(String label, String rgb, String test) {
    }
}
