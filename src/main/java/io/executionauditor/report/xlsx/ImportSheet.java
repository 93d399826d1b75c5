package io.executionauditor.report.xlsx;

import io.executionauditor.importer.ImportIssue;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.report.AuditReport;
import io.executionauditor.rules.Severity;
import java.util.List;

/** What the import could not read (where and why), then how many rows of each sheet it read, used and skipped. */
final class ImportSheet {
    private static final List<String> HEADERS = List.of("Level", "Sheet", "Row", "Column", "Problem");

    private ImportSheet() {
    }

    static void write(AuditReport report, SheetWriter sheet) {
        ReportStyles styles = sheet.styles;
        sheet.widths(10, 14, 9, 18, 90);
        sheet.header(HEADERS);
        sheet.freeze(0, 1);
        for (ImportIssue issue : report.importIssues()) {
            Severity look = issue.level() == ImportIssue.Level.ERROR ? Severity.CRITICAL : Severity.WARNING;
            sheet.row().text(issue.level().id(), styles.severity(look)).text(issue.sheet())
                    .number(issue.row() > 0 ? issue.row() : null, styles.value).text(issue.column())
                    .text(issue.message(), styles.wrap);
        }
        if (report.importIssues().isEmpty()) {
            sheet.row().text("none");
        } else {
            sheet.filter(0, HEADERS.size() - 1);
        }
        sheet.skip();
        sheet.header(List.of("Sheet", "Rows read", "Used", "Skipped"), 1);
        for (SheetCounts counts : report.sheets()) {
            sheet.row().text(counts.sheet()).number(counts.read()).number(counts.used()).number(counts.skipped());
        }
    }
}
