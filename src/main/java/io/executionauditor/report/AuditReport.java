package io.executionauditor.report;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.LoadTable;
import io.executionauditor.importer.ImportIssue;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.plan.WorkItem;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one model every report renders, so that every format tells the same story: the plan, the health score and
 * how it was computed, counts by severity and category, the findings grouped by category, the category costing
 * the score most first (each finding with its subject, evidence and recommendation), the load table, the items with the flags raised on them, and what the import could
 * not read. Renderers format it; they never recompute it.
 */
public record AuditReport(PlanInfo plan, HealthBreakdown health, AuditSummary summary,
        List<CategoryCount> categories, List<CategorySection> sections, List<FindingView> findings,
        LoadTable load, List<ItemRow> items, List<SheetCounts> sheets, List<ImportIssue> importIssues) {

    public AuditReport {
        categories = List.copyOf(categories);
        sections = List.copyOf(sections);
        findings = List.copyOf(findings);
        items = List.copyOf(items);
        sheets = List.copyOf(sheets);
        importIssues = List.copyOf(importIssues);
    }

    public record PlanInfo(String name, String source, String asOf, String estimateUnit, int items, int people,
            int periods, String ruleSetVersion, int rules) {
    }

    /** One line of the score's breakdown: {@code count} findings of a severity cost {@code points}. */
    public record SeverityPoints(Severity severity, int count, int weight, int points) {
        public String severityId() {
            return severity.id();
        }
    }

    /**
     * The score with its arithmetic: penalty by severity and by category (costliest category first), and the
     * allowance the plan's size gives.
     */
    public record HealthBreakdown(int score, String verdict, int penalty, int allowance, int itemsAndPeople,
            int pointsPerSubject, List<SeverityPoints> bySeverity, Map<String, Integer> penaltyByCategory,
            String formula, String explanation) {
        public HealthBreakdown {
            bySeverity = List.copyOf(bySeverity);
            penaltyByCategory = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(penaltyByCategory));
        }

        /** {@code healthy}, {@code at-risk} or {@code unhealthy}: a name for styles. */
        public String verdictId() {
            return verdict.replace(' ', '-');
        }
    }

    /** Findings of one category by severity, for the chart; {@code share} is the bar's length, 0 to 100. */
    public record CategoryCount(String category, String title, int critical, int warning, int info, int total,
            int share) {
        public int percentOf(int count) {
            return total == 0 ? 0 : Math.round(100f * count / total);
        }
    }

    /**
     * The findings of one category. {@code omitted} counts, per rule, findings a shortened report leaves out (see
     * {@link #shortened}); it is empty in a full report.
     */
    public record CategorySection(String category, String title, List<FindingView> findings,
            List<Omitted> omitted) {
        public CategorySection {
            findings = List.copyOf(findings);
            omitted = List.copyOf(omitted);
        }

        /** Every finding of the category, shown or not. */
        public int total() {
            return findings.size() + omitted.stream().mapToInt(Omitted::count).sum();
        }
    }

    /** {@code count} findings of rule {@code ruleId} that a shortened report does not show one by one. */
    public record Omitted(String ruleId, String title, int count) {
    }

    public record EvidenceLine(String name, String value) {
    }

    /**
     * A finding as a reader meets it. {@code number} is its place in the report (1-based), {@code subjectTitle}
     * the item's title when the subject is an item; {@code team} and {@code people} are whom it concerns (the
     * item's team and owners, the person and their team, the team), for filtering.
     */
    public record FindingView(int number, Finding finding, String subjectTitle, List<EvidenceLine> evidence,
            String team, List<String> people) {
        public FindingView {
            evidence = List.copyOf(evidence);
            people = List.copyOf(people);
        }

        FindingView numbered(int place) {
            return new FindingView(place, finding, subjectTitle, evidence, team, people);
        }

        public String ruleId() {
            return finding.ruleId();
        }

        public String category() {
            return finding.category();
        }

        public String severity() {
            return finding.severity().id();
        }

        public String subjectType() {
            return finding.subject().type().id();
        }

        public String subjectId() {
            return finding.subject().id();
        }

        public String period() {
            return finding.subject().period();
        }

        public String title() {
            return finding.title();
        }

        public String message() {
            return finding.message();
        }

        public String recommendation() {
            return finding.recommendation();
        }

        /** {@code item PAY-7 (Sprint 3)}. */
        public String subjectText() {
            return subjectType() + " " + subjectId() + (period() == null ? "" : " (" + period() + ")");
        }

        /** The evidence in one line: {@code committed 14; capacity 10; items PAY-1, PAY-2}. */
        public String evidenceText() {
            StringBuilder text = new StringBuilder();
            for (EvidenceLine line : evidence) {
                text.append(text.length() == 0 ? "" : "; ").append(line.name()).append(' ').append(line.value());
            }
            return text.toString();
        }
    }

    /**
     * An item with the rules that fired on it ({@code flags}: the item is the finding's subject) and the rules
     * whose evidence names it ({@code namedIn}: for example the overloaded person's items).
     */
    public record ItemRow(WorkItem item, List<String> flags, Severity worst, List<String> namedIn) {
        public ItemRow {
            flags = List.copyOf(flags);
            namedIn = List.copyOf(namedIn);
        }

        public String owners() {
            return String.join(", ", item.owners());
        }

        public String worstId() {
            return worst == null ? "" : worst.id();
        }
    }

    public static AuditReport of(Audit audit) {
        return AuditReportBuilder.build(audit);
    }

    /**
     * The same report showing at most {@code perRule} findings of each rule one by one, and how many more there
     * are: a paginated report of a plan with thousands of findings stays readable (and printable). Counts, score,
     * charts and the load table are unchanged; {@link #findings()} still lists every finding.
     */
    public AuditReport shortened(int perRule) {
        List<CategorySection> shortened = new ArrayList<>(sections.size());
        for (CategorySection section : sections) {
            Map<String, Integer> shown = new HashMap<>();
            Map<String, Omitted> omitted = new LinkedHashMap<>();
            List<FindingView> kept = new ArrayList<>();
            for (FindingView finding : section.findings()) {
                if (shown.merge(finding.ruleId(), 1, Integer::sum) <= perRule) {
                    kept.add(finding);
                } else {
                    omitted.merge(finding.ruleId(), new Omitted(finding.ruleId(), finding.title(), 1),
                            (a, b) -> new Omitted(a.ruleId(), a.title(), a.count() + 1));
                }
            }
            shortened.add(new CategorySection(section.category(), section.title(), kept,
                    List.copyOf(omitted.values())));
        }
        return new AuditReport(plan, health, summary, categories, shortened, findings, load, items, sheets,
                importIssues);
    }

    /** {@code ownerCount} reads as "owner count". */
    public static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** {@code overcommitment} reads as "Overcommitment". */
    public static String titleOf(String category) {
        return category.isEmpty() ? category
                : category.substring(0, 1).toUpperCase(Locale.ROOT) + category.substring(1).replace('-', ' ');
    }
}
