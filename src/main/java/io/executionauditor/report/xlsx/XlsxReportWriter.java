package io.executionauditor.report.xlsx;

import io.executionauditor.audit.Audit;
import io.executionauditor.report.AuditReport;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report as a workbook for people who want to sort, filter and annotate it: sheets Summary (plan, health score
 * with its arithmetic, counts), Findings (one row per finding), Schedule (the schedule-quality checks, when any
 * applies: see {@link ScheduleSheet}), Load (person by period: a heat map of load as a
 * share of capacity, then the committed and capacity numbers behind it, see {@link LoadSheet}), Items (every item
 * with the rules that flagged it) and Import problems. It renders {@link AuditReport} and computes nothing.
 *
 * <p>The workbook is streamed: only a window of rows is held in memory, the rest goes to temporary files that are
 * removed when writing ends, so a plan of 100,000 items writes in bounded memory. Plan text is only ever written as
 * string cells, never as a formula.
 */
public final class XlsxReportWriter {
    private static final int WINDOW = 200;

    public void write(Audit audit, OutputStream out) throws IOException {
        AuditReport report = AuditReport.of(audit);
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            ReportStyles styles = new ReportStyles(workbook);
            SummarySheet.write(report, new SheetWriter(workbook, "Summary", styles));
            FindingsSheet.write(report, new SheetWriter(workbook, "Findings", styles));
            if (ScheduleSheet.wanted(report)) {
                ScheduleSheet.write(report, new SheetWriter(workbook, ScheduleSheet.NAME, styles));
            }
            LoadSheet.write(report, new SheetWriter(workbook, "Load", styles));
            ItemsSheet.write(report, new SheetWriter(workbook, "Items", styles));
            ImportSheet.write(report, new SheetWriter(workbook, "Import problems", styles));
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
