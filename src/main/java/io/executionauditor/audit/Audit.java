package io.executionauditor.audit;

import io.executionauditor.importer.ImportReport;
import io.executionauditor.plan.Plan;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.RuleInfo;
import io.executionauditor.rules.facts.ScheduleCheck;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of auditing one plan with one rule set on one as-of date: what every report renders. {@code load} is
 * every person's commitment against capacity per period, as the rules saw it.
 */
public record Audit(Plan plan, LocalDate asOf, String ruleSetVersion, List<RuleInfo> rules, List<Finding> findings,
        HealthScore healthScore, ImportReport importReport, LoadTable load, List<ScheduleCheck> schedule) {
    public Audit {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        schedule = List.copyOf(schedule == null ? List.of() : schedule);
    }
}
