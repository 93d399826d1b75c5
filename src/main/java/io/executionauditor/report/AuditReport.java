package io.executionauditor.report;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.LoadTable;
import io.executionauditor.importer.ImportIssue;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.plan.WorkItem;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.Severity;
import io.executionauditor.rules.facts.ScheduleCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The one model every report renders, so that every format tells the same story: the plan, the health score and
 * how it was computed, counts by severity and category, the findings grouped by category, the category costing
 * the score most first (each finding with its subject, evidence and recommendation), the schedule-quality checks
 * (metric against threshold, see {@link ScheduleSection}), the load table, the items with the flags raised on them,
 * and what the import could not read. Renderers format it; they never recompute it.
 */
public record AuditReport(PlanInfo plan, HealthBreakdown health, AuditSummary summary,
        List<CategoryCount> categories, List<CategorySection> sections, List<FindingView> findings,
        ScheduleSection schedule, LoadTable load, List<ItemRow> items, List<SheetCounts> sheets,
        List<ImportIssue> importIssues) {

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

    /** What became of a schedule-quality check; {@link #id()} names it for styles, {@link #label()} for people. */
    public enum ScheduleResult {
        /** A rule of the rule set raised a finding on the check. */
        BREAKS("breaks"),
        /** Measured, and its rule raised no finding. */
        PASSES("passes"),
        /** The plan lacks what the check measures. */
        NOT_APPLICABLE("not applicable"),
        /** Measured, but the rule set has no rule for it, so nothing judged it: silence is not a pass. */
        NOT_JUDGED("not judged");

        private final String label;

        ScheduleResult(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String id() {
            return label.replace(' ', '-');
        }
    }

    /**
     * One check of the DCMA 14-point assessment as the reports show it: the metric against its threshold, the counts
     * behind it and what the rules made of it. {@code check} is the measurement, {@code null} when the rule set has
     * no rule (and so no threshold) for the check; {@code title} is the rule's title, else the DCMA's name of the
     * check; {@code why} says why a check is not applicable or not judged; {@code finding} is the report number of
     * the finding a broken check raised.
     */
    public record ScheduleRow(String ruleId, String title, ScheduleCheck check, ScheduleResult result, String why,
            Integer finding) {
        /** Tasks a table cell names before it says how many more there are. */
        public static final int ITEMS_SHOWN = 5;

        public String resultId() {
            return result.id();
        }

        public String resultLabel() {
            return result.label();
        }

        /** Whether the check has a metric: it was measured and applies to the plan. */
        public boolean measured() {
            return check != null && check.applicable();
        }

        /** Whether the check applies to the plan; {@code null} when it was not measured at all. */
        public Boolean applicable() {
            return check == null ? null : check.applicable();
        }

        /** Why the check does not apply; {@code null} when it does or was not measured. */
        public String notApplicableBecause() {
            return check == null || check.applicable() ? null : check.notApplicableBecause();
        }

        /** {@code 7.5%}, {@code 2}, {@code 0.91}, {@code 600 working days}; empty without a metric. */
        public String metricText() {
            return measured() ? check.metricText() : "";
        }

        /** {@code at most 5.0%}; empty without a metric. */
        public String thresholdText() {
            return measured() ? check.thresholdText() : "";
        }

        /** {@code at most} or {@code at least}; {@code null} without a metric. */
        public String comparison() {
            return measured() ? check.atMost() ? "at most" : "at least" : null;
        }

        /** The unit of {@link #metric()} and {@link #threshold()}: %, count, index or days. */
        public String unit() {
            return measured() ? check.unit() : null;
        }

        /** The metric in its unit (a percentage as 7.5, not 0.075); {@code null} without a metric. */
        public Double metric() {
            return measured() ? inUnit(check.metric()) : null;
        }

        public Double threshold() {
            return measured() ? inUnit(check.threshold()) : null;
        }

        public Integer count() {
            return measured() ? check.count() : null;
        }

        public Integer total() {
            return measured() ? check.total() : null;
        }

        /**
         * The counts behind the metric: {@code 3 of 40} tasks or links; for the critical path length index, the
         * float to the baseline finish over the working days left. Empty without a metric.
         */
        public String countsText() {
            if (!measured()) {
                return "";
            }
            if (ruleId.equals("schedule.cpli")) {
                return "float " + check.count() + " / " + check.total() + " days";
            }
            return check.count() + " of " + check.total() + (check.unit().equals("days") ? " days" : "");
        }

        /** Every task behind the metric (the offending ones, or the one the critical path test delayed). */
        public List<String> items() {
            return check == null ? List.of() : check.keys();
        }

        public List<String> shownItems() {
            return items().subList(0, Math.min(ITEMS_SHOWN, items().size()));
        }

        public int moreItems() {
            return items().size() - shownItems().size();
        }

        /** {@code PAY-1, PAY-2 and 12 more}. */
        public String itemsText() {
            return String.join(", ", shownItems()) + (moreItems() > 0 ? " and " + moreItems() + " more" : "");
        }

        private Double inUnit(double value) {
            double scaled = check.unit().equals("%") ? value * 100 : value;
            return Math.round(scaled * 10_000) / 10_000.0;
        }
    }

    /**
     * The schedule-quality checks of the audit, in the assessment's order; none when the rule set has no schedule
     * rules at all. When every check measured is not applicable for one reason (a sprint plan, a bare spreadsheet),
     * {@code notApplicableBecause} gives it and the reports say so in one line instead of a table of n/a.
     */
    public record ScheduleSection(List<ScheduleRow> checks, String notApplicableBecause) {
        public static final String TITLE = "Schedule quality (DCMA 14-point assessment)";
        /** A plan that is no schedule: no checks were measured. */
        public static final ScheduleSection NONE = new ScheduleSection(List.of(), null);

        public ScheduleSection {
            checks = List.copyOf(checks);
        }

        /** The rule set measures no schedule checks: the reports leave the section out. */
        public boolean absent() {
            return checks.isEmpty();
        }

        /** Every check is not applicable for the same reason: one line says so. */
        public boolean collapsed() {
            return notApplicableBecause != null;
        }

        /** The one line of a collapsed section. */
        public String collapsedText() {
            return "The schedule-quality checks (DCMA 14-point assessment) do not apply, because "
                    + notApplicableBecause + ".";
        }

        public int count(ScheduleResult result) {
            return (int) checks.stream().filter(check -> check.result() == result).count();
        }

        /** {@code 14 checks: 2 break, 10 pass, 2 not applicable}; results no check has are left out. */
        public String tally() {
            StringJoiner text = new StringJoiner(", ", checks.size() + " checks: ", "");
            for (ScheduleResult result : ScheduleResult.values()) {
                int count = count(result);
                if (count > 0) {
                    text.add(count + " " + switch (result) {
                        case BREAKS -> count == 1 ? "breaks" : "break";
                        case PASSES -> count == 1 ? "passes" : "pass";
                        default -> result.label();
                    });
                }
            }
            return text.toString();
        }
    }

    /** The schedule checks alone: a plan that is no schedule is spared building the rest (every item's row). */
    public static ScheduleSection scheduleOf(Audit audit) {
        return audit.schedule().isEmpty() ? ScheduleSection.NONE : of(audit).schedule();
    }

    public static AuditReport of(Audit audit) {
        return AuditReportBuilder.build(audit);
    }

    /**
     * The same report showing at most {@code perRule} findings of each rule one by one, and how many more there
     * are, and a load table of at most {@code loadRows} people ({@link LoadTable#shortened}): a paginated report
     * of a plan with thousands of findings and people stays readable, printable, and renders in bounded memory.
     * Counts, score and charts are unchanged; {@link #findings()} still lists every finding.
     */
    public AuditReport shortened(int perRule, int loadRows) {
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
        return new AuditReport(plan, health, summary, categories, shortened, findings, schedule,
                load.shortened(loadRows), items, sheets,
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
