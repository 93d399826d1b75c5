package io.executionauditor.report.xlsx;

import io.executionauditor.report.AuditReport.ScheduleResult;
import io.executionauditor.rules.Severity;
import io.executionauditor.xlsx.WorkbookStyles;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every style the report uses, created once per workbook (a workbook holds at most 64,000 styles, so never one per
 * cell). Colours are the HTML report's. Data cells align to the top so a row that wraps its message still reads
 * from its first line.
 */
final class ReportStyles {
    private static final String CRITICAL = "B71C1C";
    private static final String WARNING = "E65100";
    private static final String INFO = "1565C0";
    private static final String HEALTHY = "2E7D32";
    private static final String HEADER_FILL = "ECEFF1";
    private static final String PASS_FILL = "E8F5E9";
    private static final String MUTED = "5F6B7A";

    private final Workbook workbook;
    final CellStyle title;
    final CellStyle section;
    final CellStyle label;
    final CellStyle header;
    final CellStyle numberHeader;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle number;
    /** A number standing as the value of a label, aligned left like the text values around it. */
    final CellStyle value;
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle percent;
    private final Map<Severity, CellStyle> severities = new EnumMap<>(Severity.class);
    private final Map<String, CellStyle> verdicts;
    private final Map<ScheduleResult, CellStyle> results = new EnumMap<>(ScheduleResult.class);

    ReportStyles(Workbook workbook) {
        this.workbook = workbook;
        WorkbookStyles base = new WorkbookStyles(workbook);
        title = withFont(workbook.createCellStyle(), font(18, true, null));
        section = withFont(workbook.createCellStyle(), font(13, true, null));
        label = base.header();
        header = withFont(filled(HEADER_FILL), base.bold());
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        numberHeader = copy(header);
        numberHeader.setAlignment(HorizontalAlignment.RIGHT);
        text = top(workbook.createCellStyle());
        wrap = base.wrap();
        number = top(workbook.createCellStyle());
        value = top(workbook.createCellStyle());
        value.setAlignment(HorizontalAlignment.LEFT);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
        date = top(copy(base.date()));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        severities.put(Severity.CRITICAL, badge(CRITICAL, true));
        severities.put(Severity.WARNING, badge(WARNING, false));
        severities.put(Severity.INFO, badge(INFO, false));
        results.put(ScheduleResult.BREAKS, badge(CRITICAL, true));
        results.put(ScheduleResult.PASSES, withFont(top(filled(PASS_FILL)), font(0, true, HEALTHY)));
        results.put(ScheduleResult.NOT_APPLICABLE, withFont(top(filled(HEADER_FILL)), font(0, false, MUTED)));
        results.put(ScheduleResult.NOT_JUDGED, withFont(top(workbook.createCellStyle()), font(0, false, MUTED)));
        verdicts = Map.of("healthy", badge(HEALTHY, true), "at-risk", badge(WARNING, true),
                "unhealthy", badge(CRITICAL, true));
    }

    /** White text on the severity's colour; plain text for no severity ({@code null}). */
    CellStyle severity(Severity severity) {
        return severity == null ? text : severities.get(severity);
    }

    /** A schedule check's result: breaks white on red, passes green on pale green, the others grey. */
    CellStyle result(ScheduleResult result) {
        return results.get(result);
    }

    CellStyle verdict(String verdictId) {
        return verdicts.getOrDefault(verdictId, label);
    }

    /** A solid fill of {@code rgb} (hex, {@code E57373}); call it once per colour, not per cell. */
    CellStyle filled(String rgb) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFillForegroundColor(color(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    static XSSFColor color(String rgb) {
        return new XSSFColor(HexFormat.of().parseHex(rgb), null);
    }

    private CellStyle badge(String rgb, boolean bold) {
        return withFont(top(filled(rgb)), font(0, bold, "FFFFFF"));
    }

    /** A font of the default face; {@code points} 0 keeps the default size, {@code rgb} null the default colour. */
    private XSSFFont font(int points, boolean bold, String rgb) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setBold(bold);
        if (points > 0) {
            font.setFontHeightInPoints((short) points);
        }
        if (rgb != null) {
            font.setColor(color(rgb));
        }
        return font;
    }

    private CellStyle copy(CellStyle from) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(from);
        return style;
    }

    private static CellStyle top(CellStyle style) {
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle withFont(CellStyle style, org.apache.poi.ss.usermodel.Font font) {
        style.setFont(font);
        return style;
    }
}
