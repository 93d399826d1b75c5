package io.executionauditor.bench;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.importer.project.PeriodGrain;
import io.executionauditor.plan.Plan;
import io.executionauditor.report.ReportFormat;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.RuleEngine;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetLoader;
import io.executionauditor.rules.facts.FactBuilder;
import io.executionauditor.rules.facts.ScheduleCheck;
import io.executionauditor.schedule.ScheduleAssessment;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Where an audit's time goes: the pipeline's stages run one after the other in this JVM, each with its wall time
 * and the time the garbage collector paused it. The command line overlaps the first two (the rule set loads while
 * the plan is read); the benchmark prints these beside the whole process's time. (The report is written from an
 * audit assembled by {@link Auditor} after the stages, untimed, so the stages' objects are the pipeline's own.)
 *
 * <p>{@code StageTimes PLAN.xlsx RULES_DIR OUT.json [ROUNDS]} prints {@code stage=ms gc=ms} lines; with ROUNDS, the
 * whole audit again that many times in the same JVM, to show what a warm process (the web server) spends.
 */
public final class StageTimes {
    private long started = System.nanoTime();
    private long gcAtStart = gcMillis();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int round = 1; round <= rounds; round++) {
            if (rounds > 1) {
                System.out.println("round=" + round);
            }
            audit(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        }
    }

    private static void audit(Path plan, Path rules, Path json) throws Exception {
        StageTimes times = new StageTimes();
        RuleSet ruleSet = new RuleSetLoader().load(rules);
        times.lap("rule-set");
        ImportResult imported = new PlanImporter().importPlan(plan, plan.getFileName().toString(), PeriodGrain.MONTHS);
        times.lap("read");
        Plan read = imported.plan();
        LocalDate asOf = read.asOf() != null ? read.asOf() : LocalDate.now();
        List<Object> facts = FactBuilder.build(read, asOf);
        times.lap("derive-facts");
        List<ScheduleCheck> schedule = ScheduleAssessment.assess(read, asOf, ruleSet.thresholds());
        facts.addAll(schedule);
        times.lap("schedule-checks");
        List<Finding> findings = new RuleEngine().evaluate(ruleSet, read, facts);
        times.lap("rules");
        Audit audit = new Auditor().audit(imported, asOf, ruleSet); // the stages above again, as one: not timed
        times.restart();
        try (OutputStream out = Files.newOutputStream(json)) {
            ReportFormat.JSON.write(audit, out);
        }
        times.lap("json-report");
        System.out.println("findings=" + findings.size() + " facts=" + facts.size());
    }

    private void restart() {
        started = System.nanoTime();
        gcAtStart = gcMillis();
    }

    private void lap(String stage) {
        long now = System.nanoTime();
        long gc = gcMillis();
        System.out.printf("%s=%d gc=%d%n", stage, (now - started) / 1_000_000, gc - gcAtStart);
        started = now;
        gcAtStart = gc;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }
}
