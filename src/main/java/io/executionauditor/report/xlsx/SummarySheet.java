package io.executionauditor.report.xlsx;

import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.CategoryCount;
import io.executionauditor.report.AuditReport.HealthBreakdown;
import io.executionauditor.report.AuditReport.PlanInfo;
import io.executionauditor.report.AuditReport.ScheduleSection;
import io.executionauditor.report.AuditReport.SeverityPoints;
import io.executionauditor.report.AuditSummary;
import io.executionauditor.rules.Severity;
import java.util.List;
import java.util.Map;

/** The plan at a glance: what was audited, the health score with its arithmetic, and the counts. */
final class SummarySheet {
    private SummarySheet() {
    }

    static void write(AuditReport report, SheetWriter sheet) {
        ReportStyles styles = sheet.styles;
        sheet.widths(44, 14, 12, 12, 12);
        PlanInfo plan = report.plan();
        sheet.row().text("Execution audit: " + plan.name(), styles.title).row().setHeightInPoints(28);
        sheet.skip();
        field(sheet, "Plan", plan.name());
        field(sheet, "Source", plan.source());
        field(sheet, "As of", plan.asOf());
        field(sheet, "Items", plan.items());
        field(sheet, "People", plan.people());
        field(sheet, "Periods", plan.periods());
        field(sheet, "Estimate unit", plan.estimateUnit());
        field(sheet, "Rule set version", plan.ruleSetVersion());
        field(sheet, "Rules", plan.rules());
        health(report.health(), sheet);
        penaltyByCategory(report.health().penaltyByCategory(), sheet);
        categories(report.categories(), report.summary(), sheet);
        schedule(report.schedule(), sheet);
        sheet.skip();
        field(sheet, "Import problems", report.importIssues().size()).text("see the Import problems sheet");
    }

    private static void health(HealthBreakdown health, SheetWriter sheet) {
        ReportStyles styles = sheet.styles;
        section(sheet, "Health score");
        sheet.row().text("Score (out of 100)", styles.label).number(health.score(), styles.value)
                .text(health.verdict(), styles.verdict(health.verdictId()));
        sheet.header(List.of("Findings", "Count", "Weight", "Points"), 1);
        for (SeverityPoints points : health.bySeverity()) {
            sheet.row().text(points.severityId(), styles.severity(points.severity())).number(points.count())
                    .number(points.weight()).number(points.points());
        }
        sheet.row().text("Penalty P").skip().skip().number(health.penalty());
        sheet.row().text("Allowance A = " + health.pointsPerSubject() + " × " + health.itemsAndPeople()
                + " items and people").skip().skip().number(health.allowance());
        sheet.row().text("Score = 100 × A / (A + P)", styles.label).skip().skip()
                .number(health.score(), styles.label);
        sheet.row().text("80 and above reads as healthy, 50–79 at risk, below 50 unhealthy.");
        sheet.row().text("Formula: " + health.formula());
        sheet.row().text("This plan: " + health.explanation());
    }

    private static void penaltyByCategory(Map<String, Integer> penalties, SheetWriter sheet) {
        if (penalties.isEmpty()) {
            return;
        }
        section(sheet, "Penalty by category");
        sheet.header(List.of("Category", "Points"), 1);
        penalties.forEach((category, points) -> sheet.row().text(AuditReport.titleOf(category)).number(points));
    }

    private static void categories(List<CategoryCount> categories, AuditSummary summary, SheetWriter sheet) {
        section(sheet, "Findings by category and severity");
        sheet.header(List.of("Category", "Critical", "Warning", "Info", "Total"), 1);
        for (CategoryCount count : categories) {
            sheet.row().text(count.title()).number(count.critical()).number(count.warning()).number(count.info())
                    .number(count.total());
        }
        Map<Severity, Integer> bySeverity = summary.bySeverity();
        ReportStyles styles = sheet.styles;
        sheet.row().text("All categories", styles.label).number(bySeverity.get(Severity.CRITICAL), styles.label)
                .number(bySeverity.get(Severity.WARNING), styles.label)
                .number(bySeverity.get(Severity.INFO), styles.label).number(summary.findings(), styles.label);
    }

    /** One line on the schedule-quality checks: why none applies, or the tally and where the table is. */
    private static void schedule(ScheduleSection schedule, SheetWriter sheet) {
        if (schedule.absent()) {
            return;
        }
        sheet.skip();
        sheet.row().text("Schedule quality", sheet.styles.label).text(schedule.collapsed() ? schedule.collapsedText()
                : schedule.tally() + "; see the " + ScheduleSheet.NAME + " sheet");
    }

    private static void field(SheetWriter sheet, String label, String value) {
        sheet.row().text(label, sheet.styles.label).text(value);
    }

    private static SheetWriter.Line field(SheetWriter sheet, String label, int value) {
        return sheet.row().text(label, sheet.styles.label).number(value, sheet.styles.value);
    }

    private static void section(SheetWriter sheet, String title) {
        sheet.skip();
        sheet.row().text(title, sheet.styles.section).row().setHeightInPoints(20);
    }
}
