package io.executionauditor.schedule;

import io.executionauditor.plan.Dependency;
import io.executionauditor.plan.LinkType;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.Schedule;
import io.executionauditor.plan.Status;
import io.executionauditor.plan.WorkItem;
import io.executionauditor.rules.Thresholds;
import io.executionauditor.rules.facts.ScheduleCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Measures the DCMA 14-point assessment on a plan, each check in one linear pass, with the thresholds a coach set in
 * {@code thresholds.yaml}. The pack judges plans that carry dependencies and baselines (project files); on others
 * every check is not applicable, and says why. Incomplete tasks are those not done and not deprioritized.
 */
public final class ScheduleAssessment {
    public static final String PREFIX = "schedule.";
    private static final String NO_BASELINE = "the plan has no baseline dates";

    /** The fourteen checks in the assessment's order (ids after {@code schedule.}), with the DCMA's names. */
    public static final Map<String, String> CHECKS = checks("missing-logic", "Logic", "leads", "Leads", "lags",
            "Lags", "relationship-types", "Relationship types", "hard-constraints", "Hard constraints", "high-float",
            "High float", "negative-float", "Negative float", "high-duration", "High duration", "invalid-dates",
            "Invalid dates", "no-resources", "Resources", "missed-tasks", "Missed tasks", "critical-path-test",
            "Critical path test", "cpli", "Critical path length index (CPLI)", "bei",
            "Baseline execution index (BEI)");

    private final Plan plan;
    private final LocalDate asOf;
    private final Thresholds thresholds;
    private final List<WorkItem> incomplete;
    private final List<Dependency> links = new ArrayList<>();

    private ScheduleAssessment(Plan plan, LocalDate asOf, Thresholds thresholds) {
        this.plan = plan;
        this.asOf = asOf;
        this.thresholds = thresholds;
        this.incomplete = plan.items().stream().filter(ScheduleAssessment::isIncomplete).toList();
        plan.items().forEach(item -> links.addAll(item.links()));
    }

    /** The fourteen checks, in the assessment's order; none when the rule set has no schedule thresholds. */
    public static List<ScheduleCheck> assess(Plan plan, LocalDate asOf, Thresholds thresholds) {
        if (thresholds.defaults().keySet().stream().noneMatch(id -> id.startsWith(PREFIX))) {
            return List.of();
        }
        return new ScheduleAssessment(plan, asOf, thresholds).checks();
    }

    private List<ScheduleCheck> checks() {
        String why = whyNotApplicable();
        List<ScheduleCheck> checks = new ArrayList<>();
        for (String id : CHECKS.keySet()) {
            String ruleId = PREFIX + id;
            if (!thresholds.defaults().containsKey(ruleId)) {
                continue;
            }
            checks.add(why != null ? ScheduleCheck.notApplicable(ruleId, plan.name(), why) : check(ruleId));
        }
        return checks;
    }

    /**
     * The pack judges schedules: plans with dependencies and the data a scheduling tool keeps (durations, float,
     * baselines). A sprint plan or a bare spreadsheet has none and is left alone; checks that need a baseline are
     * not applicable on a schedule that has none.
     */
    private String whyNotApplicable() {
        if (plan.items().stream().noneMatch(i -> i.schedule() != null)) {
            return "the plan is not a schedule: it carries no durations, baselines or float";
        }
        if (links.isEmpty()) {
            return "the plan has no dependencies between its tasks";
        }
        return null;
    }

    private boolean hasBaseline() {
        return plan.items().stream().anyMatch(i -> i.schedule() != null && i.schedule().hasBaseline());
    }

    private ScheduleCheck check(String ruleId) {
        return switch (ruleId.substring(PREFIX.length())) {
            case "missing-logic" -> missingLogic(ruleId);
            case "leads" -> linkCount(ruleId, link -> link.lagDays() < 0, "max-count");
            case "lags" -> linkShare(ruleId, link -> link.lagDays() > 0, "max-share", true);
            case "relationship-types" -> linkShare(ruleId, link -> link.type() == LinkType.FS, "min-share", false);
            case "hard-constraints" -> hardConstraints(ruleId);
            case "high-float" -> beyondDays(ruleId, Schedule::totalFloatDays, "no task has a total float");
            case "negative-float" -> negativeFloat(ruleId);
            case "high-duration" -> beyondDays(ruleId, ScheduleAssessment::baselineOrPlannedDuration,
                    "no task has a duration");
            case "invalid-dates" -> invalidDates(ruleId);
            case "no-resources" -> share(ruleId, incomplete.stream()
                    .filter(item -> ScheduleNetwork.durationOf(item) > 0).toList(), item -> item.owners().isEmpty(),
                    "max-share", true, "no incomplete task has a duration");
            case "missed-tasks" -> missedTasks(ruleId);
            case "critical-path-test" -> criticalPathTest(ruleId);
            case "cpli" -> cpli(ruleId);
            case "bei" -> bei(ruleId);
            default -> throw new IllegalArgumentException(ruleId);
        };
    }

    /**
     * Incomplete tasks without a predecessor or without a successor. The plan's own start and finish may hang free,
     * as the assessment allows: a task with no predecessor that starts on the plan's first start, or with no
     * successor that finishes on its last finish, is not counted for that side.
     */
    private ScheduleCheck missingLogic(String ruleId) {
        Set<String> withSuccessor = new HashSet<>();
        Set<String> keys = new HashSet<>();
        plan.items().forEach(item -> keys.add(item.key()));
        for (WorkItem item : plan.items()) {
            for (Dependency link : item.links()) {
                withSuccessor.add(link.key());
            }
        }
        LocalDate firstStart = plan.items().stream().map(WorkItem::start).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate lastFinish = plan.items().stream().map(WorkItem::due).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        Predicate<WorkItem> noPredecessor = item -> item.links().stream().noneMatch(l -> keys.contains(l.key()))
                && !(item.start() != null && item.start().equals(firstStart));
        Predicate<WorkItem> noSuccessor = item -> !withSuccessor.contains(item.key())
                && !(item.due() != null && item.due().equals(lastFinish));
        return share(ruleId, incomplete, noPredecessor.or(noSuccessor), "max-share", true, "no incomplete tasks");
    }

    private ScheduleCheck linkCount(String ruleId, Predicate<Dependency> offends, String name) {
        List<String> keys = new ArrayList<>();
        int count = 0;
        for (WorkItem item : plan.items()) {
            for (Dependency link : item.links()) {
                if (offends.test(link)) {
                    count++;
                    keys.add(item.key());
                }
            }
        }
        return new ScheduleCheck(ruleId, plan.name(), true, null, count, "count", value(ruleId, name), true, count,
                links.size(), distinct(keys));
    }

    /** The share of links {@code counted} picks; the offending tasks are those whose links break the check. */
    private ScheduleCheck linkShare(String ruleId, Predicate<Dependency> counted, String name, boolean atMost) {
        Predicate<Dependency> offends = atMost ? counted : counted.negate();
        List<String> keys = new ArrayList<>();
        int count = 0;
        for (WorkItem item : plan.items()) {
            for (Dependency link : item.links()) {
                count += counted.test(link) ? 1 : 0;
                if (offends.test(link)) {
                    keys.add(item.key());
                }
            }
        }
        return new ScheduleCheck(ruleId, plan.name(), true, null, (double) count / links.size(), "%",
                value(ruleId, name), atMost, atMost ? count : links.size() - count, links.size(), distinct(keys));
    }

    private ScheduleCheck hardConstraints(String ruleId) {
        if (incomplete.stream().noneMatch(i -> i.schedule() != null && i.schedule().constraint() != null)) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), "the plan records no constraints");
        }
        return share(ruleId, incomplete, item -> item.schedule() != null && item.schedule().constraint() != null
                && item.schedule().constraint().isHard(), "max-share", true, "no incomplete tasks");
    }

    /** Incomplete tasks whose float (or duration) is over max-days working days, as a share of those that have one. */
    private ScheduleCheck beyondDays(String ruleId, java.util.function.Function<Schedule, Double> days,
            String missing) {
        List<WorkItem> measured = incomplete.stream().filter(i -> i.schedule() != null
                && days.apply(i.schedule()) != null).toList();
        if (measured.isEmpty()) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), missing);
        }
        double max = value(ruleId, "max-days");
        return share(ruleId, measured, item -> days.apply(item.schedule()) > max, "max-share", true, missing);
    }

    private static Double baselineOrPlannedDuration(Schedule schedule) {
        return schedule.baselineDurationDays() != null ? schedule.baselineDurationDays() : schedule.durationDays();
    }

    private ScheduleCheck negativeFloat(String ruleId) {
        List<WorkItem> measured = incomplete.stream().filter(i -> i.schedule() != null
                && i.schedule().totalFloatDays() != null).toList();
        if (measured.isEmpty()) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), "no task has a total float");
        }
        return count(ruleId, measured, item -> item.schedule().totalFloatDays() < 0, "max-count");
    }

    /** Forecast dates before the status date on work not started or finished; actual dates after it. */
    private ScheduleCheck invalidDates(String ruleId) {
        return count(ruleId, plan.items(), this::hasInvalidDates, "max-count");
    }

    private boolean hasInvalidDates(WorkItem item) {
        boolean started = item.status() != Status.TODO || (item.schedule() != null
                && item.schedule().actualStart() != null);
        boolean finished = item.status() == Status.DONE;
        LocalDate actualStart = item.schedule() == null ? null : item.schedule().actualStart();
        if ((actualStart != null && actualStart.isAfter(asOf)) || (item.done() != null && item.done().isAfter(asOf))) {
            return true;
        }
        if (item.status() == Status.DEPRIORITIZED) {
            return false;
        }
        return (!started && item.start() != null && item.start().isBefore(asOf))
                || (!finished && item.due() != null && item.due().isBefore(asOf));
    }

    /** Tasks whose baseline finish has passed: missed if not done, or done after it. */
    private ScheduleCheck missedTasks(String ruleId) {
        List<WorkItem> due = baselineDue();
        if (!hasBaseline()) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), NO_BASELINE);
        }
        if (due.isEmpty()) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), "no task's baseline finish is on or before "
                    + asOf);
        }
        return share(ruleId, due, item -> item.status() != Status.DONE || item.done() == null
                || item.done().isAfter(item.schedule().baselineFinish()), "max-share", true, "");
    }

    /** Baseline Execution Index: tasks done against tasks the baseline had finishing by the status date. */
    private ScheduleCheck bei(String ruleId) {
        List<WorkItem> due = baselineDue();
        if (!hasBaseline()) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), NO_BASELINE);
        }
        if (due.isEmpty()) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), "no task's baseline finish is on or before "
                    + asOf);
        }
        List<WorkItem> done = plan.items().stream().filter(i -> i.status() == Status.DONE && i.schedule() != null
                && i.schedule().hasBaseline()).toList();
        List<String> late = due.stream().filter(i -> i.status() != Status.DONE).map(WorkItem::key).toList();
        return new ScheduleCheck(ruleId, plan.name(), true, null, (double) done.size() / due.size(), "index",
                value(ruleId, "min-value"), false, done.size(), due.size(), late);
    }

    private List<WorkItem> baselineDue() {
        return plan.items().stream().filter(i -> i.status() != Status.DEPRIORITIZED && i.schedule() != null
                && i.schedule().baselineFinish() != null && !i.schedule().baselineFinish().isAfter(asOf)).toList();
    }

    /**
     * Delays the earliest incomplete critical task (flagged critical, else with the least float) by delay-days and
     * checks that the plan's finish, by a forward pass over its own network, moves by as much: a broken critical
     * path does not pass it on.
     */
    private ScheduleCheck criticalPathTest(String ruleId) {
        WorkItem critical = criticalTask();
        if (critical == null) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), "no incomplete task is marked critical or has "
                    + "a total float");
        }
        ScheduleNetwork network = new ScheduleNetwork(plan.items());
        if (!network.contains(critical.key())) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), critical.key() + " is caught in a dependency "
                    + "cycle, so the network has no finish");
        }
        double delay = value(ruleId, "delay-days");
        double moved = network.finish(critical.key(), delay) - network.finish(null, 0);
        return new ScheduleCheck(ruleId, plan.name(), true, null, Math.round(moved * 10) / 10.0, "days", delay, false,
                (int) Math.round(moved), (int) delay, List.of(critical.key()));
    }

    private WorkItem criticalTask() {
        Comparator<WorkItem> byStart = Comparator.comparing(WorkItem::start,
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<WorkItem> flagged = incomplete.stream().filter(i -> i.schedule() != null
                && Boolean.TRUE.equals(i.schedule().critical())).sorted(byStart).toList();
        if (!flagged.isEmpty()) {
            return flagged.get(0);
        }
        return incomplete.stream().filter(i -> i.schedule() != null && i.schedule().totalFloatDays() != null)
                .min(Comparator.comparing((WorkItem i) -> i.schedule().totalFloatDays()).thenComparing(byStart))
                .orElse(null);
    }

    /**
     * Critical Path Length Index: (critical path length + total float of the finish) / critical path length, the
     * length being the working days from the status date to the forecast finish and the float what is left to the
     * baseline finish.
     */
    private ScheduleCheck cpli(String ruleId) {
        LocalDate forecast = plan.items().stream().map(WorkItem::due).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        LocalDate baseline = plan.items().stream().filter(i -> i.schedule() != null)
                .map(i -> i.schedule().baselineFinish()).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
        if (baseline == null) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), NO_BASELINE);
        }
        if (forecast == null) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), "no task has a finish date");
        }
        long length = WorkingDays.between(asOf, forecast);
        if (length <= 0) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), "the forecast finish " + forecast
                    + " is not after the status date " + asOf);
        }
        long slack = WorkingDays.between(forecast, baseline);
        List<String> late = incomplete.stream().filter(i -> forecast.equals(i.due())).map(WorkItem::key).toList();
        return new ScheduleCheck(ruleId, plan.name(), true, null, (double) (length + slack) / length, "index",
                value(ruleId, "min-value"), false, (int) slack, (int) length, late);
    }

    private ScheduleCheck share(String ruleId, List<WorkItem> among, Predicate<WorkItem> offends, String name,
            boolean atMost, String emptyReason) {
        if (among.isEmpty()) {
            return ScheduleCheck.notApplicable(ruleId, plan.name(), emptyReason);
        }
        List<String> keys = among.stream().filter(offends).map(WorkItem::key).toList();
        return new ScheduleCheck(ruleId, plan.name(), true, null, (double) keys.size() / among.size(), "%",
                value(ruleId, name), atMost, keys.size(), among.size(), keys);
    }

    private ScheduleCheck count(String ruleId, List<WorkItem> among, Predicate<WorkItem> offends, String name) {
        List<String> keys = among.stream().filter(offends).map(WorkItem::key).toList();
        return new ScheduleCheck(ruleId, plan.name(), true, null, keys.size(), "count", value(ruleId, name), true,
                keys.size(), among.size(), keys);
    }

    private double value(String ruleId, String name) {
        return thresholds.value(ruleId, "", name);
    }

    private static Map<String, String> checks(String... idsAndNames) {
        Map<String, String> checks = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            checks.put(idsAndNames[i], idsAndNames[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(checks);
    }

    private static boolean isIncomplete(WorkItem item) {
        return item.status() != Status.DONE && item.status() != Status.DEPRIORITIZED;
    }

    private static List<String> distinct(List<String> keys) {
        return keys.stream().distinct().toList();
    }
}
