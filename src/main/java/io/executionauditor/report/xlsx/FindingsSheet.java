package io.executionauditor.report.xlsx;

import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.FindingView;
import java.util.List;

/** One row per finding, in the report's order (grouped by category), ready to filter and sort. */
final class FindingsSheet {
    private static final List<String> HEADERS = List.of("#", "Severity", "Category", "Rule", "Subject type",
            "Subject", "Period", "Item title", "Title", "Message", "Evidence", "Recommendation");

    private FindingsSheet() {
    }

    static void write(AuditReport report, SheetWriter sheet) {
        ReportStyles styles = sheet.styles;
        sheet.widths(5, 10, 16, 30, 9, 22, 12, 28, 32, 60, 44, 54);
        sheet.header(HEADERS);
        sheet.freeze(0, 1);
        for (FindingView finding : report.findings()) {
            sheet.row().number(finding.number())
                    .text(finding.severity(), styles.severity(finding.finding().severity()))
                    .text(finding.category()).text(finding.ruleId()).text(finding.subjectType())
                    .text(finding.subjectId(), styles.wrap).text(finding.period())
                    .text(finding.subjectTitle(), styles.wrap).text(finding.title(), styles.wrap)
                    .text(finding.message(), styles.wrap).text(finding.evidenceText(), styles.wrap)
                    .text(finding.recommendation(), styles.wrap);
        }
        sheet.filter(0, HEADERS.size() - 1);
        if (report.findings().isEmpty()) {
            sheet.row().skip().text("No findings: no rule of the catalogue fired on this plan.");
        }
    }
}
