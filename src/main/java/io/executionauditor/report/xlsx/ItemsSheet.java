package io.executionauditor.report.xlsx;

import io.executionauditor.plan.WorkItem;
import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.ItemRow;
import java.util.List;

/**
 * Every item of the plan with what the audit said about it: {@code Flags} are the rules that fired on the item,
 * {@code Named in} the rules whose evidence lists it (an overloaded person's items, say).
 */
final class ItemsSheet {
    private static final List<String> HEADERS = List.of("Key", "Title", "Type", "Owners", "Team", "Status",
            "Priority (1 = top)", "Estimate", "Period", "Start", "Due", "Done", "Flags", "Worst severity",
            "Named in");

    private ItemsSheet() {
    }

    static void write(AuditReport report, SheetWriter sheet) {
        ReportStyles styles = sheet.styles;
        sheet.widths(12, 44, 12, 24, 14, 12, 10, 9, 12, 11, 11, 11, 36, 10, 36);
        sheet.header(HEADERS);
        sheet.freeze(1, 1);
        for (ItemRow row : report.items()) {
            WorkItem item = row.item();
            sheet.row().text(item.key()).text(item.title(), styles.wrap).text(item.type()).text(row.owners())
                    .text(item.team()).text(item.status().id().replace('_', ' ')).number(item.priority())
                    .number(item.estimate()).text(item.period()).date(item.start()).date(item.due())
                    .date(item.done()).text(String.join(", ", row.flags()), styles.wrap)
                    .text(row.worstId(), styles.severity(row.worst()))
                    .text(String.join(", ", row.namedIn()), styles.wrap);
        }
        sheet.filter(0, HEADERS.size() - 1);
    }
}
