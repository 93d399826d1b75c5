package io.executionauditor.report.xlsx;

import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.ScheduleRow;
import io.executionauditor.report.AuditReport.ScheduleSection;
import java.util.List;

/**
 * The schedule-quality checks, one row each: metric against threshold, the counts behind it, the result (breaks in
 * red, passes in green, not applicable and not judged greyed, with why) and every task behind the metric. Metric
 * and threshold are written as the report shows them ({@code 7.5%}, {@code at most 5.0%}), since their units differ
 * from row to row; counts are numbers.
 */
final class ScheduleSheet {
    static final String NAME = "Schedule";
    private static final List<String> HEADERS = List.of("Rule", "Check", "Metric", "Threshold", "Count", "Total",
            "Result", "Why", "Finding", "Tasks");

    private ScheduleSheet() {
    }

    /** Whether the workbook has the sheet: only when some check applies (else the Summary says why none does). */
    static boolean wanted(AuditReport report) {
        return !report.schedule().absent() && !report.schedule().collapsed();
    }

    static void write(AuditReport report, SheetWriter sheet) {
        ReportStyles styles = sheet.styles;
        ScheduleSection schedule = report.schedule();
        sheet.widths(28, 46, 16, 25, 7, 7, 15, 40, 8, 50);
        sheet.header(HEADERS);
        sheet.freeze(2, 1);
        for (ScheduleRow row : schedule.checks()) {
            sheet.row().text(row.ruleId()).text(row.title(), styles.wrap).text(row.metricText())
                    .text(row.thresholdText()).number(row.count()).number(row.total())
                    .text(row.resultLabel(), styles.result(row.result())).text(row.why(), styles.wrap)
                    .number(row.finding()).text(String.join(", ", row.items()), styles.wrap);
        }
        sheet.filter(0, HEADERS.size() - 1);
        sheet.skip();
        sheet.row().text(ScheduleSection.TITLE + ": " + schedule.tally() + ". A check breaks when its rule raised a "
                + "finding (see the Findings sheet).");
    }
}
