package io.executionauditor.report.md;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.LoadTable;
import io.executionauditor.importer.ImportIssue;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.CategoryCount;
import io.executionauditor.report.AuditReport.CategorySection;
import io.executionauditor.report.AuditReport.EvidenceLine;
import io.executionauditor.report.AuditReport.FindingView;
import io.executionauditor.report.AuditReport.HealthBreakdown;
import io.executionauditor.report.AuditReport.ScheduleResult;
import io.executionauditor.report.AuditReport.ScheduleRow;
import io.executionauditor.report.AuditReport.ScheduleSection;
import io.executionauditor.report.AuditReport.SeverityPoints;
import java.io.PrintWriter;
import java.io.Writer;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The audit as CommonMark with GitHub tables, for a wiki page or a pull request. Plan text is escaped, so a title
 * cannot open a link, an image, HTML or a table cell of its own.
 */
public final class MarkdownReportWriter {
    private static final DecimalFormat NUMBER = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

    public void write(Audit audit, Writer writer) {
        AuditReport report = AuditReport.of(audit);
        PrintWriter out = new PrintWriter(writer);
        AuditReport.PlanInfo plan = report.plan();
        out.printf("# Execution audit: %s%n%n", escape(plan.name()));
        out.printf("As of %s · %s · %d items · %d people · %d periods · estimates in %s · rule set %s (%d rules)%n%n",
                plan.asOf(), escape(plan.source()), plan.items(), plan.people(), plan.periods(), plan.estimateUnit(),
                plan.ruleSetVersion(), plan.rules());
        writeHealth(report.health(), out);
        writeCategories(report, out);
        writeSchedule(report.schedule(), out);
        writeLoad(report.load(), plan.estimateUnit(), out);
        for (CategorySection section : report.sections()) {
            writeSection(section, out);
        }
        writeImport(report, out);
        out.flush();
    }

    private static void writeHealth(HealthBreakdown health, PrintWriter out) {
        out.printf("**Health %d/100 (%s).**%n%n", health.score(), health.verdict());
        out.println("| Findings | Count | Weight | Points |");
        out.println("|---|--:|--:|--:|");
        for (SeverityPoints line : health.bySeverity()) {
            out.printf("| %s | %d | × %d | %d |%n", line.severityId(), line.count(), line.weight(), line.points());
        }
        out.printf("%nPenalty P = %d; allowance A = %d × %d items and people = %d; score = round(100 × A / (A + P))"
                + " = %d.", health.penalty(), health.pointsPerSubject(), health.itemsAndPeople(), health.allowance(),
                health.score());
        if (!health.penaltyByCategory().isEmpty()) {
            StringJoiner byCategory = new StringJoiner(", ", " Penalty by category: ", ".");
            health.penaltyByCategory().forEach((category, points) -> byCategory.add(category + " " + points));
            out.print(byCategory);
        }
        out.printf(" 80 and above reads as healthy, 50-79 at risk, below 50 unhealthy.%n%n");
    }

    private static void writeCategories(AuditReport report, PrintWriter out) {
        out.printf("## Findings by category (%d)%n%n", report.summary().findings());
        out.println("| Category | Critical | Warning | Info | Total |");
        out.println("|---|--:|--:|--:|--:|");
        for (CategoryCount count : report.categories()) {
            out.printf("| %s | %d | %d | %d | %d |%n", count.title(), count.critical(), count.warning(), count.info(),
                    count.total());
        }
        out.println();
    }

    /** The schedule-quality checks as a table of metric against threshold; one line when none applies. */
    private static void writeSchedule(ScheduleSection schedule, PrintWriter out) {
        if (schedule.absent()) {
            return;
        }
        if (schedule.collapsed()) {
            out.printf("%s%n%n", escape(schedule.collapsedText()));
            return;
        }
        out.printf("## %s%n%n%s.%n%n", ScheduleSection.TITLE, schedule.tally());
        out.println("| Check | Metric | Threshold | Count | Result | Tasks |");
        out.println("|---|--:|---|--:|---|---|");
        for (ScheduleRow row : schedule.checks()) {
            String result = row.result() == ScheduleResult.BREAKS ? "**breaks**" : escape(row.resultLabel());
            if (row.finding() != null) {
                result += " (finding " + row.finding() + ")";
            }
            if (row.why() != null) {
                result += ": " + escape(row.why());
            }
            out.printf("| %s `%s` | %s | %s | %s | %s | %s |%n", escape(row.title()), row.ruleId(),
                    row.metricText(), row.thresholdText(), row.countsText(), result,
                    escape(row.itemsText()));
        }
        out.println();
    }

    private static void writeLoad(LoadTable load, String unit, PrintWriter out) {
        out.printf("## Load against capacity%n%n");
        if (load.rows().isEmpty()) {
            out.printf("No people and no owned work: there is no load to show.%n%n");
            return;
        }
        StringBuilder header = new StringBuilder("| Person | Team |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (String period : load.periods()) {
            header.append(' ').append(escape(period)).append(" |");
            rule.append("--:|");
        }
        out.println(header);
        out.println(rule);
        for (LoadTable.Row row : load.rows()) {
            StringBuilder line = new StringBuilder("| ").append(escape(row.person())).append(" | ")
                    .append(escape(row.team())).append(" |");
            for (LoadTable.Cell cell : row.cells()) {
                line.append(' ').append(loadText(cell)).append(" |");
            }
            out.println(line);
        }
        out.printf("%nEach cell: share of capacity (committed / capacity, in %s); ? where the capacity is unknown.%n%n",
                unit);
    }

    private static String loadText(LoadTable.Cell cell) {
        if (cell.empty() && cell.capacity() == null) {
            return "";
        }
        String capacity = cell.capacity() == null ? "?" : NUMBER.format(cell.capacity());
        String share = cell.overZero() ? "no capacity" : cell.percent() == null ? "?" : cell.percent() + "%";
        String text = share + " (" + NUMBER.format(cell.committed()) + "/" + capacity + ")";
        return cell.level() == LoadTable.Level.OVER || cell.level() == LoadTable.Level.FAR_OVER ? "**" + text + "**"
                : text;
    }

    private static void writeSection(CategorySection section, PrintWriter out) {
        out.printf("## %s (%d)%n%n", section.title(), section.findings().size());
        for (FindingView finding : section.findings()) {
            out.printf("### %d. %s: %s%n%n", finding.number(), finding.severity().toUpperCase(Locale.ROOT),
                    escape(finding.title()));
            String itemTitle = finding.subjectTitle() == null || finding.subjectTitle().isEmpty() ? ""
                    : " · " + escape(finding.subjectTitle());
            out.printf("*%s*%s · `%s`%n%n", escape(finding.subjectText()), itemTitle, finding.ruleId());
            out.printf("%s%n%n", escape(finding.message()));
            for (EvidenceLine line : finding.evidence()) {
                out.printf("- %s: %s%n", escape(line.name()), escape(line.value()));
            }
            out.printf("%n**Recommendation:** %s%n%n", escape(finding.recommendation()));
        }
    }

    private static void writeImport(AuditReport report, PrintWriter out) {
        out.printf("## What the import read%n%n| Sheet | Rows read | Used | Skipped |%n|---|--:|--:|--:|%n");
        for (SheetCounts sheet : report.sheets()) {
            out.printf("| %s | %d | %d | %d |%n", escape(sheet.sheet()), sheet.read(), sheet.used(), sheet.skipped());
        }
        if (report.importIssues().isEmpty()) {
            out.printf("%nImport problems: none.%n");
            return;
        }
        out.printf("%n| Level | Where | Problem |%n|---|---|---|%n");
        for (ImportIssue issue : report.importIssues()) {
            out.printf("| %s | %s | %s |%n", issue.level().id(), escape(issue.location()), escape(issue.message()));
        }
    }

    /**
     * Plan text as literal Markdown: characters CommonMark reads as inline markup (emphasis, code, links, images,
     * HTML, entities, table cells) are backslash-escaped, so are those that would open a heading, list or quote
     * at the start of a line, and line breaks become spaces so a value stays on its line.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append(' ');
                continue;
            }
            if (INLINE_MARKUP.indexOf(c) >= 0 || i == 0 && LINE_START_MARKUP.indexOf(c) >= 0
                    || i == digits && i > 0 && (c == '.' || c == ')')) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static final String INLINE_MARKUP = "\\`*_[]<>|~&!";
    private static final String LINE_START_MARKUP = "#-+=>";
}
