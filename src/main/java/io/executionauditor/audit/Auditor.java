package io.executionauditor.audit;

import io.executionauditor.importer.ImportResult;
import io.executionauditor.schedule.ScheduleAssessment;
import io.executionauditor.rules.facts.ScheduleCheck;
import io.executionauditor.importer.project.PeriodGrain;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.plan.Plan;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.RuleEngine;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetException;
import io.executionauditor.rules.facts.FactBuilder;
import io.executionauditor.rules.facts.PersonLoad;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The whole pipeline for one file: import, evaluate the rules, score. */
public final class Auditor {
    private final PlanImporter importer;
    private final RuleEngine engine;
    private final Clock clock;

    public Auditor() {
        this(new PlanImporter(), new RuleEngine(), Clock.systemDefaultZone());
    }

    public Auditor(PlanImporter importer, RuleEngine engine, Clock clock) {
        this.importer = importer;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Audits {@code file}. The as-of date is {@code asOf} when given, else the plan's own As of, else today.
     */
    public Audit audit(Path file, LocalDate asOf, RuleSet ruleSet) throws UnreadableInputException, RuleSetException {
        return audit(file, PeriodGrain.MONTHS, asOf, ruleSet);
    }

    /** As {@link #audit(Path, LocalDate, RuleSet)}, cutting a plan without sprints into {@code periods}. */
    public Audit audit(Path file, PeriodGrain periods, LocalDate asOf, RuleSet ruleSet)
            throws UnreadableInputException, RuleSetException {
        return audit(importer.importPlan(file, periods), asOf, ruleSet);
    }

    public Audit audit(ImportResult imported, LocalDate asOf, RuleSet ruleSet) throws RuleSetException {
        Plan plan = imported.plan();
        LocalDate date = asOf != null ? asOf : plan.asOf() != null ? plan.asOf() : LocalDate.now(clock);
        List<Object> facts = FactBuilder.build(plan, date);
        List<ScheduleCheck> schedule = ScheduleAssessment.assess(plan, date, ruleSet.thresholds());
        facts.addAll(schedule);
        List<Finding> findings = engine.evaluate(ruleSet, plan, facts);
        HealthScore score = HealthScore.of(findings, plan.items().size(), plan.people().size());
        List<PersonLoad> loads = facts.stream().filter(PersonLoad.class::isInstance).map(PersonLoad.class::cast)
                .toList();
        return new Audit(plan.withAsOf(date), date, ruleSet.version(), ruleSet.catalogue(), findings, score,
                imported.report(), LoadTable.of(plan, loads), schedule);
    }
}
