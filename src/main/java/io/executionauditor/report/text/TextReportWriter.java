package io.executionauditor.report.text;

import io.executionauditor.audit.Audit;
import io.executionauditor.importer.ImportIssue;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.FindingView;
import io.executionauditor.report.AuditReport.ScheduleResult;
import io.executionauditor.report.AuditReport.ScheduleRow;
import io.executionauditor.report.AuditReport.ScheduleSection;
import io.executionauditor.report.AuditSummary;
import io.executionauditor.rules.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * The report a manager reads in a terminal: a one-line verdict with the health score, the findings grouped by
 * severity and category (subject, what is wrong, evidence, recommendation), then what the import could not read.
 */
public final class TextReportWriter {
    private static final int WIDTH = 100;

    public void write(Audit audit, PrintWriter out) {
        AuditReport report = AuditReport.of(audit);
        AuditSummary summary = report.summary();
        out.printf("Health %d/100 (%s): %d critical, %d warning, %d info in \"%s\" as of %s%n",
                audit.healthScore().score(), audit.healthScore().verdict(),
                summary.bySeverity().get(Severity.CRITICAL), summary.bySeverity().get(Severity.WARNING),
                summary.bySeverity().get(Severity.INFO), audit.plan().name(), audit.asOf());
        out.printf("  %s: %d items, %d people, %d periods; rule set %s (%d rules)%n", audit.plan().source(),
                audit.plan().items().size(), audit.plan().people().size(), audit.plan().periods().size(),
                audit.ruleSetVersion(), audit.rules().size());
        out.printf("  %s%n", audit.healthScore().explanation());
        writeSchedule(report.schedule(), out);
        if (audit.findings().isEmpty()) {
            out.println();
            out.println("No findings: no rule of the catalogue fired on this plan.");
        }
        for (Severity severity : Severity.values()) {
            writeSeverity(report.findings(), severity, out);
        }
        writeImport(audit, out);
        out.flush();
    }

    /**
     * The schedule-quality checks as a compact table of check, metric, threshold and result; under each row, indented,
     * the counts and tasks behind the metric, or why the check was not applicable or not judged. Titles too long for
     * their column wrap within it. A plan none of the checks applies to gets one line.
     */
    private void writeSchedule(ScheduleSection schedule, PrintWriter out) {
        if (schedule.absent()) {
            return;
        }
        if (schedule.collapsed()) {
            wrap(schedule.collapsedText(), "  ", out);
            return;
        }
        out.println();
        out.printf("%s: %s%n", ScheduleSection.TITLE, schedule.tally());
        int metric = "Metric".length();
        int threshold = "Threshold".length();
        int result = "Result".length();
        int longest = "Check".length();
        for (ScheduleRow row : schedule.checks()) {
            metric = Math.max(metric, row.metricText().length());
            threshold = Math.max(threshold, row.thresholdText().length());
            result = Math.max(result, row.resultLabel().length());
            longest = Math.max(longest, row.title().length());
        }
        int title = Math.max(20, Math.min(longest, WIDTH - 2 - metric - 2 - threshold - 2 - result - 2));
        String format = "  %-" + title + "s  %" + metric + "s  %-" + threshold + "s  %s%n";
        out.printf(format, "Check", "Metric", "Threshold", "Result");
        for (ScheduleRow row : schedule.checks()) {
            List<String> titleLines = lines(row.title(), title);
            String label = row.result() == ScheduleResult.BREAKS ? "BREAKS" : row.resultLabel();
            out.printf(format, titleLines.get(0), row.metricText(), row.thresholdText(), label).flush();
            for (String more : titleLines.subList(1, titleLines.size())) {
                out.printf("  %s%n", more);
            }
            wrap(detail(row), "      ", out);
        }
    }

    /** What lies behind a check's result: the counts and tasks, the finding it raised, or why it has none. */
    private static String detail(ScheduleRow row) {
        if (!row.measured()) {
            return "because " + row.why();
        }
        StringBuilder text = new StringBuilder(row.countsText());
        if (!row.items().isEmpty()) {
            text.append("; tasks ").append(row.itemsText());
        }
        if (row.finding() != null) {
            text.append("; see finding ").append(row.finding());
        }
        if (row.why() != null) {
            text.append("; ").append(row.resultLabel()).append(" because ").append(row.why());
        }
        return text.toString();
    }

    /** {@code text} cut into lines of at most {@code width} characters, at spaces where it can. */
    private static List<String> lines(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    private void writeSeverity(List<FindingView> findings, Severity severity, PrintWriter out) {
        List<FindingView> ofSeverity = findings.stream().filter(f -> f.finding().severity() == severity).toList();
        if (ofSeverity.isEmpty()) {
            return;
        }
        out.println();
        out.printf("%s (%d)%n", severity.name(), ofSeverity.size());
        String category = null;
        for (FindingView finding : ofSeverity) {
            if (!finding.category().equals(category)) {
                category = finding.category();
                out.printf("  %s%n", category);
            }
            out.printf("    - %s: %s [%s]%n", finding.subjectText(), finding.title(), finding.ruleId());
            wrap(finding.message(), "        ", out);
            wrap("Evidence: " + finding.evidenceText(), "        ", out);
            wrap("Do: " + finding.recommendation(), "        ", out);
        }
    }

    private void writeImport(Audit audit, PrintWriter out) {
        out.println();
        StringBuilder counts = new StringBuilder("Rows read: ");
        List<SheetCounts> sheets = audit.importReport().sheets();
        for (int i = 0; i < sheets.size(); i++) {
            SheetCounts sheet = sheets.get(i);
            counts.append(i == 0 ? "" : "; ").append(sheet.sheet()).append(" sheet ").append(sheet.read())
                    .append(" (").append(sheet.used()).append(" used, ").append(sheet.skipped())
                    .append(" skipped)");
        }
        wrap(counts.toString(), "", out);
        List<ImportIssue> issues = audit.importReport().issues();
        if (issues.isEmpty()) {
            out.println("Import problems: none");
            return;
        }
        out.printf("Import problems (%d)%n", issues.size());
        for (ImportIssue issue : issues) {
            wrap("- " + issue.level().id() + ": " + issue, "  ", out);
        }
    }

    /** Word-wraps {@code text} to the terminal width, every line indented. */
    static void wrap(String text, String indent, PrintWriter out) {
        int room = Math.max(40, WIDTH - indent.length());
        String rest = text;
        String lineIndent = indent;
        while (rest.length() > room) {
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= 0) {
                cut = room;
            }
            out.println(lineIndent + rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
            lineIndent = indent + "  ";
            room = Math.max(40, WIDTH - lineIndent.length());
        }
        out.println(lineIndent + rest);
    }
}
