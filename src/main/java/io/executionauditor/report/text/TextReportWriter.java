package io.executionauditor.report.text;

import io.executionauditor.audit.Audit;
import io.executionauditor.importer.ImportIssue;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.FindingView;
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
