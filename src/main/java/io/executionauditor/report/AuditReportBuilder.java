package io.executionauditor.report;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.HealthScore;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.WorkItem;
import io.executionauditor.rules.Evidence;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.RuleInfo;
import io.executionauditor.rules.Severity;
import io.executionauditor.rules.Subject;
import io.executionauditor.rules.facts.ScheduleCheck;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.executionauditor.report.AuditReport.CategoryCount;
import io.executionauditor.report.AuditReport.CategorySection;
import io.executionauditor.report.AuditReport.EvidenceLine;
import io.executionauditor.report.AuditReport.FindingView;
import io.executionauditor.report.AuditReport.HealthBreakdown;
import io.executionauditor.report.AuditReport.ItemRow;
import io.executionauditor.report.AuditReport.PlanInfo;
import io.executionauditor.report.AuditReport.ScheduleResult;
import io.executionauditor.report.AuditReport.ScheduleRow;
import io.executionauditor.report.AuditReport.ScheduleSection;
import io.executionauditor.report.AuditReport.SeverityPoints;

/** Builds the {@link AuditReport} of an audit: every count, view and breakdown, once, in linear passes. */
final class AuditReportBuilder {
    private static final String SCHEDULE = "schedule.";
    /**
     * The fourteen checks in the assessment's order, with the DCMA's names: every one has a row once the rule set
     * measures any, so a check whose rule was removed shows as not judged instead of vanishing; the name stands in
     * for the missing rule's title.
     */
    private static final Map<String, String> CHECK_NAMES = io.executionauditor.schedule.ScheduleAssessment.CHECKS;

    private AuditReportBuilder() {
    }

    static AuditReport build(Audit audit) {
        Plan plan = audit.plan();
        AuditSummary summary = AuditSummary.of(audit);
        PlanInfo info = new PlanInfo(plan.name(), plan.source() == null ? "" : plan.source(),
                String.valueOf(audit.asOf()), plan.estimateUnit().id(), plan.items().size(), plan.people().size(),
                plan.periods().size(), audit.ruleSetVersion(), audit.rules().size());
        Subjects subjects = new Subjects(plan);
        HealthBreakdown health = health(audit);
        Map<String, List<FindingView>> byCategory = new LinkedHashMap<>();
        health.penaltyByCategory().keySet().forEach(category -> byCategory.put(category, new ArrayList<>()));
        List<FindingView> views = new ArrayList<>();
        for (Finding finding : audit.findings()) {
            byCategory.computeIfAbsent(finding.category(), c -> new ArrayList<>()).add(subjects.view(finding));
        }
        List<CategorySection> sections = new ArrayList<>();
        for (Map.Entry<String, List<FindingView>> entry : byCategory.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            List<FindingView> numbered = new ArrayList<>();
            for (FindingView view : entry.getValue()) {
                FindingView withNumber = view.numbered(views.size() + 1);
                numbered.add(withNumber);
                views.add(withNumber);
            }
            sections.add(new CategorySection(entry.getKey(), AuditReport.titleOf(entry.getKey()), numbered, List.of()));
        }
        return new AuditReport(info, health, summary, categoryCounts(audit, summary), sections, views,
                schedule(audit, views), audit.load(), itemRows(audit), audit.importReport().sheets(),
                audit.importReport().issues());
    }

    /**
     * Each check with what the rules made of it. The rules are the truth: a check breaks when its rule raised a
     * finding, whatever the metric says (a coach may have changed the rule); a check whose rule the rule set lacks
     * (a valid rule set then lacks its thresholds too, so it was not measured) is not judged, never passing by
     * default. A rule set without any schedule rule gives no section.
     */
    private static ScheduleSection schedule(Audit audit, List<FindingView> views) {
        if (audit.schedule().isEmpty()) {
            return ScheduleSection.NONE;
        }
        Map<String, RuleInfo> rules = new HashMap<>();
        audit.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
        Map<String, Integer> findings = new HashMap<>();
        views.forEach(view -> findings.putIfAbsent(view.ruleId(), view.number()));
        Map<String, ScheduleCheck> measured = new LinkedHashMap<>();
        for (String check : CHECK_NAMES.keySet()) {
            measured.put(SCHEDULE + check, null);
        }
        audit.schedule().forEach(check -> measured.put(check.ruleId(), check));
        List<ScheduleRow> rows = new ArrayList<>(measured.size());
        Set<String> reasons = new LinkedHashSet<>();
        measured.forEach((ruleId, check) -> {
            RuleInfo rule = rules.get(ruleId);
            String title = rule != null ? rule.title() : checkName(ruleId);
            Integer finding = findings.get(ruleId);
            String noRule = "the rule set has no rule " + ruleId;
            if (finding != null) {
                rows.add(new ScheduleRow(ruleId, title, check, ScheduleResult.BREAKS, null, finding));
            } else if (check == null) {
                rows.add(new ScheduleRow(ruleId, title, null, ScheduleResult.NOT_JUDGED, noRule, null));
                return;
            } else if (!check.applicable()) {
                rows.add(new ScheduleRow(ruleId, title, check, ScheduleResult.NOT_APPLICABLE,
                        check.notApplicableBecause(), null));
            } else if (rule == null) {
                rows.add(new ScheduleRow(ruleId, title, check, ScheduleResult.NOT_JUDGED, noRule, null));
            } else {
                rows.add(new ScheduleRow(ruleId, title, check, ScheduleResult.PASSES, null, null));
            }
            ScheduleRow row = rows.get(rows.size() - 1);
            reasons.add(row.result() == ScheduleResult.NOT_APPLICABLE ? String.valueOf(row.why()) : "");
        });
        boolean oneReason = reasons.size() == 1 && !reasons.contains("");
        return new ScheduleSection(rows, oneReason ? reasons.iterator().next() : null);
    }

    private static String checkName(String ruleId) {
        String check = ruleId.substring(ruleId.indexOf('.') + 1);
        return CHECK_NAMES.getOrDefault(check, AuditReport.titleOf(check));
    }

    private static HealthBreakdown health(Audit audit) {
        HealthScore score = audit.healthScore();
        List<SeverityPoints> bySeverity = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            int count = score.counts().get(severity);
            int weight = HealthScore.WEIGHTS.get(severity);
            bySeverity.add(new SeverityPoints(severity, count, weight, count * weight));
        }
        Map<String, Integer> points = new LinkedHashMap<>();
        for (Finding finding : audit.findings()) {
            points.merge(finding.category(), HealthScore.WEIGHTS.get(finding.severity()), Integer::sum);
        }
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        points.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> byCategory.put(entry.getKey(), entry.getValue()));
        int subjects = audit.plan().items().size() + audit.plan().people().size();
        return new HealthBreakdown(score.score(), score.verdict(), score.penalty(), score.allowance(), subjects,
                HealthScore.POINTS_PER_SUBJECT, bySeverity, byCategory, HealthScore.FORMULA, score.explanation());
    }

    private static List<CategoryCount> categoryCounts(Audit audit, AuditSummary summary) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        summary.byCategory().keySet().forEach(category -> counts.put(category, new int[3]));
        for (Finding finding : audit.findings()) {
            counts.computeIfAbsent(finding.category(), c -> new int[3])[finding.severity().ordinal()]++;
        }
        int max = counts.values().stream().mapToInt(c -> c[0] + c[1] + c[2]).max().orElse(0);
        List<CategoryCount> result = new ArrayList<>();
        counts.forEach((category, c) -> {
            int total = c[0] + c[1] + c[2];
            int share = max == 0 ? 0 : Math.round(100f * total / max);
            result.add(new CategoryCount(category, AuditReport.titleOf(category), c[Severity.CRITICAL.ordinal()],
                    c[Severity.WARNING.ordinal()], c[Severity.INFO.ordinal()], total, share));
        });
        return result;
    }

    private static List<ItemRow> itemRows(Audit audit) {
        Map<String, Set<String>> flags = new HashMap<>();
        Map<String, Severity> worst = new HashMap<>();
        Map<String, Set<String>> namedIn = new HashMap<>();
        for (Finding finding : audit.findings()) {
            if (finding.subject().type() == Subject.Type.ITEM) {
                String key = finding.subject().id();
                flags.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(finding.ruleId());
                worst.merge(key, finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            if (finding.evidence().get("items") instanceof Collection<?> keys) {
                for (Object key : keys) {
                    if (!(finding.subject().type() == Subject.Type.ITEM && finding.subject().id().equals(key))) {
                        namedIn.computeIfAbsent(String.valueOf(key), k -> new LinkedHashSet<>())
                                .add(finding.ruleId());
                    }
                }
            }
        }
        List<ItemRow> rows = new ArrayList<>(audit.plan().items().size());
        for (WorkItem item : audit.plan().items()) {
            rows.add(new ItemRow(item, List.copyOf(flags.getOrDefault(item.key(), Set.of())), worst.get(item.key()),
                    List.copyOf(namedIn.getOrDefault(item.key(), Set.of()))));
        }
        return rows;
    }

    /** What the plan says of a finding's subject: the item's title, the team and the people concerned. */
    private static final class Subjects {
        private final Map<String, WorkItem> items = new HashMap<>();
        private final Map<String, String> teams = new HashMap<>();

        Subjects(Plan plan) {
            plan.items().forEach(item -> items.putIfAbsent(item.key(), item));
            plan.people().forEach(person -> teams.putIfAbsent(person.name(), orEmpty(person.team())));
        }

        FindingView view(Finding finding) {
            Subject subject = finding.subject();
            String title = null;
            String team = "";
            List<String> people = List.of();
            switch (subject.type()) {
                case ITEM -> {
                    WorkItem item = items.get(subject.id());
                    if (item != null) {
                        title = item.title();
                        people = item.owners();
                        team = orEmpty(item.team()).isEmpty() && !people.isEmpty()
                                ? teams.getOrDefault(people.get(0), "") : orEmpty(item.team());
                    }
                }
                case PERSON -> {
                    people = List.of(subject.id());
                    team = teams.getOrDefault(subject.id(), "");
                }
                case TEAM -> team = subject.id();
                default -> {
                }
            }
            return new FindingView(0, finding, title, evidenceLines(finding.evidence()), team, people);
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text.trim();
        }
    }

    private static List<EvidenceLine> evidenceLines(Map<String, Object> evidence) {
        List<EvidenceLine> lines = new ArrayList<>();
        evidence.forEach((name, value) -> {
            if (value == null || value instanceof Collection<?> list && list.isEmpty()) {
                return;
            }
            lines.add(new EvidenceLine(AuditReport.words(name), Evidence.format(value)));
        });
        return lines;
    }
}
