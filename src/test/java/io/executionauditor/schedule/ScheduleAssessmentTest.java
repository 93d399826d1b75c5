package io.executionauditor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.importer.PlanImporter;
import io.executionauditor.plan.ConstraintType;
import io.executionauditor.plan.Dependency;
import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.LinkType;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.Schedule;
import io.executionauditor.plan.Status;
import io.executionauditor.plan.WorkItem;
import io.executionauditor.rules.RuleSetLoader;
import io.executionauditor.rules.Thresholds;
import io.executionauditor.rules.facts.ScheduleCheck;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fourteen checks measured on small schedules worked out by hand, and on real project files. */
class ScheduleAssessmentTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 16); // a Monday
    static Thresholds thresholds;

    @BeforeAll
    static void loadThresholds() throws Exception {
        thresholds = new RuleSetLoader().load(Path.of("rules")).thresholds();
    }

    /** A task of {@code days} working days from {@code start}, due on its last day, with a baseline as planned. */
    static WorkItem task(String key, LocalDate start, int days, Boolean critical, Dependency... links) {
        LocalDate due = start;
        for (int left = days - 1; left > 0; ) {
            due = due.plusDays(1);
            if (due.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return WorkItem.builder(key).title(key).owners("Ana").start(start).due(due).links(List.of(links))
                .schedule(new Schedule((double) days, start, due, (double) days, 0.0, critical, ConstraintType.ASAP,
                        null, null, null)).build();
    }

    static Map<String, ScheduleCheck> assess(List<WorkItem> items) {
        Plan plan = new Plan("Fit-out", "test", AS_OF, EstimateUnit.HOURS, List.of(new Period("Whole plan", null,
                null)), List.of(), items, List.of(), List.of());
        return ScheduleAssessment.assess(plan, AS_OF, thresholds).stream()
                .collect(Collectors.toMap(ScheduleCheck::ruleId, Function.identity()));
    }

    static Dependency fs(String key) {
        return Dependency.finishToStart(key);
    }

    @Test
    void aDelayOnAnIntactCriticalPathMovesTheFinishByAsMuch() {
        LocalDate monday = LocalDate.of(2026, 3, 23);
        Map<String, ScheduleCheck> checks = assess(List.of(task("A", monday, 5, true),
                task("B", monday.plusWeeks(1), 5, true, fs("A")), task("C", monday.plusWeeks(2), 5, true, fs("B"))));

        ScheduleCheck cpt = checks.get("schedule.critical-path-test");
        assertThat(cpt.metric()).isEqualTo(600.0);
        assertThat(cpt.keys()).containsExactly("A");
        assertThat(cpt.breaks()).isFalse();
    }

    @Test
    void aCriticalTaskThatFeedsNothingBreaksTheCriticalPathTest() {
        LocalDate monday = LocalDate.of(2026, 3, 23);
        // A is flagged critical but nothing waits for it: C (15 days after B) sets the finish
        Map<String, ScheduleCheck> checks = assess(List.of(task("A", monday, 5, true), task("B", monday, 5, false),
                task("C", monday.plusWeeks(1), 15, false, fs("B"))));

        ScheduleCheck cpt = checks.get("schedule.critical-path-test");
        // finish 20 days from the first start; A delayed by 600 finishes at 605: the finish moves 585
        assertThat(cpt.metric()).isEqualTo(585.0);
        assertThat(cpt.breaks()).isTrue();
    }

    @Test
    void startToStartLinksAndLagsDriveTheForwardPass() {
        LocalDate monday = LocalDate.of(2026, 3, 23);
        WorkItem a = task("A", monday, 10, true);
        WorkItem b = task("B", monday.plusDays(2), 10, true, new Dependency("A", LinkType.SS, 2));
        ScheduleNetwork network = new ScheduleNetwork(List.of(a, b));

        assertThat(network.finish(null, 0)).isEqualTo(12.0);
        assertThat(network.finish("A", 5)).as("an SS successor does not wait for A's finish, and nothing else does: "
                + "A's delay never reaches the plan's finish").isEqualTo(12.0);
        assertThat(network.finish("B", 5)).isEqualTo(17.0);
    }

    @Test
    void linksAreCountedByLeadLagAndType() {
        LocalDate monday = LocalDate.of(2026, 3, 23);
        Map<String, ScheduleCheck> checks = assess(List.of(task("A", monday, 5, true),
                task("B", monday.plusWeeks(1), 5, true, fs("A")),
                task("C", monday.plusWeeks(1), 5, false, new Dependency("A", LinkType.FS, -1)),
                task("D", monday.plusWeeks(2), 5, false, new Dependency("B", LinkType.SS, 3)),
                task("E", monday.plusWeeks(3), 5, true, fs("C"), fs("D"))));

        // five links: one lead (A->C), one lag (B->D, which is also the one start-to-start link)
        assertThat(checks.get("schedule.leads").count()).isEqualTo(1);
        assertThat(checks.get("schedule.leads").keys()).containsExactly("C");
        assertThat(checks.get("schedule.lags").metric()).isEqualTo(0.2);
        assertThat(checks.get("schedule.relationship-types").metric()).isEqualTo(0.8);
        assertThat(checks.get("schedule.relationship-types").breaks()).isTrue();
        // A has no predecessor and E no successor, but they are the plan's start and finish, which may hang free
        assertThat(checks.get("schedule.missing-logic").count()).isZero();
    }

    @Test
    void aTaskThatEndsNowhereBeforeThePlanFinishesLacksLogic() {
        LocalDate monday = LocalDate.of(2026, 3, 23);
        Map<String, ScheduleCheck> checks = assess(List.of(task("A", monday, 5, true),
                task("B", monday.plusWeeks(1), 5, true, fs("A")), task("C", monday.plusWeeks(1), 2, false, fs("A")),
                task("D", monday.plusWeeks(2), 5, true, fs("B"))));

        assertThat(checks.get("schedule.missing-logic").keys()).containsExactly("C");
    }

    @Test
    void aMustStartOnConstraintStopsADelayFromReachingTheFinish() {
        LocalDate monday = LocalDate.of(2026, 3, 23);
        WorkItem pinned = task("B", monday.plusWeeks(1), 5, true, fs("A"));
        pinned = pinned.toBuilder().schedule(new Schedule(5.0, pinned.start(), pinned.due(), 5.0, 0.0, true,
                ConstraintType.MSO, pinned.start(), null, null)).build();

        ScheduleCheck cpt = assess(List.of(task("A", monday, 5, true), pinned)).get("schedule.critical-path-test");

        assertThat(cpt.metric()).as("B starts on its date whatever A does").isEqualTo(0.0);
        assertThat(cpt.breaks()).isTrue();
    }

    @Test
    void executionAgainstTheBaselineGivesBeiMissedTasksAndCpli() {
        LocalDate start = LocalDate.of(2026, 3, 2);
        WorkItem doneOnTime = task("A", start, 5, true).toBuilder().status(Status.DONE)
                .done(LocalDate.of(2026, 3, 6)).build();
        WorkItem late = task("B", start.plusWeeks(1), 5, true, fs("A")).toBuilder().status(Status.IN_PROGRESS)
                .due(LocalDate.of(2026, 3, 20)).build(); // baseline 13 March, now forecast 20 March
        WorkItem last = task("C", LocalDate.of(2026, 3, 23), 10, true, fs("B")).toBuilder()
                .due(LocalDate.of(2026, 4, 10)).build(); // baseline 3 April, forecast 10 April

        Map<String, ScheduleCheck> checks = assess(List.of(doneOnTime, late, last));

        // two tasks had a baseline finish by 16 March; one is done: BEI 0.5, one missed
        assertThat(checks.get("schedule.bei").metric()).isEqualTo(0.5);
        assertThat(checks.get("schedule.missed-tasks").keys()).containsExactly("B");
        // 16 March to 10 April: 19 working days left; the baseline finish (3 April) is 5 working days earlier
        ScheduleCheck cpli = checks.get("schedule.cpli");
        assertThat(cpli.total()).isEqualTo(19);
        assertThat(cpli.count()).isEqualTo(-5);
        assertThat(cpli.metric()).isCloseTo(14.0 / 19, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cpli.metricText()).isEqualTo("0.737");
        assertThat(cpli.breaks()).isTrue();
    }

    @Test
    void forecastDatesInThePastAndActualsInTheFutureAreInvalid() {
        LocalDate start = LocalDate.of(2026, 3, 9);
        WorkItem notStarted = task("A", start, 5, true); // to do, but due 13 March, before the as-of date
        WorkItem finishedTomorrow = task("B", LocalDate.of(2026, 3, 16), 1, false, fs("A")).toBuilder()
                .status(Status.DONE).done(LocalDate.of(2026, 3, 17)).build();
        WorkItem fine = task("C", LocalDate.of(2026, 3, 17), 5, false, fs("B"));

        assertThat(assess(List.of(notStarted, finishedTomorrow, fine)).get("schedule.invalid-dates").keys())
                .containsExactly("A", "B");
    }

    @Test
    void floatDurationAndConstraintsAreJudgedOnIncompleteTasks() {
        LocalDate monday = LocalDate.of(2026, 3, 23);
        WorkItem floating = task("A", monday, 5, false);
        floating = floating.toBuilder().schedule(new Schedule(5.0, monday, floating.due(), 60.0, 50.0, false,
                ConstraintType.MFO, floating.due(), null, null)).build();
        WorkItem late = task("B", monday, 5, false, fs("A"));
        late = late.toBuilder().schedule(new Schedule(5.0, monday, late.due(), 5.0, -3.0, true,
                ConstraintType.SNET, monday, null, null)).build();

        Map<String, ScheduleCheck> checks = assess(List.of(floating, late));

        assertThat(checks.get("schedule.high-float").keys()).containsExactly("A");
        assertThat(checks.get("schedule.negative-float").keys()).containsExactly("B");
        assertThat(checks.get("schedule.high-duration").keys()).as("by baseline duration").containsExactly("A");
        assertThat(checks.get("schedule.hard-constraints").keys()).as("SNET is not hard").containsExactly("A");
    }

    @Test
    void aSprintPlanIsNotAScheduleAndEveryCheckSaysSo() throws Exception {
        Plan sprints = new PlanImporter().importPlan(Path.of("samples/payments-q3.xlsx")).plan();

        List<ScheduleCheck> checks = ScheduleAssessment.assess(sprints, sprints.asOf(), thresholds);

        assertThat(checks).hasSize(14).allSatisfy(check -> {
            assertThat(check.applicable()).isFalse();
            assertThat(check.notApplicableBecause()).contains("not a schedule");
        });
    }

    @Test
    void msProjectSampleMeasuresWhatTheFileHolds() throws Exception {
        Plan plan = new PlanImporter().importPlan(realFile("sample.mpp")).plan();
        Map<String, ScheduleCheck> checks = ScheduleAssessment.assess(plan, plan.asOf(), thresholds).stream()
                .collect(Collectors.toMap(ScheduleCheck::ruleId, Function.identity()));

        // six links, one of each kind: 2a->2b with a 1-day lag, 3a->3b with a 1-day lead, then SS, FF and SF
        assertThat(checks.get("schedule.leads").keys()).containsExactly("13");
        assertThat(checks.get("schedule.lags").keys()).containsExactly("11");
        assertThat(checks.get("schedule.relationship-types").metric()).isEqualTo(0.5);
        // 14 of the 17 work tasks have more than 44 days of float (the related and assigned tasks)
        assertThat(checks.get("schedule.high-float").count()).isEqualTo(14);
        // "Second Task" lasts 100 days
        assertThat(checks.get("schedule.high-duration").keys()).containsExactly("2");
        assertThat(checks.get("schedule.missed-tasks").notApplicableBecause()).isEqualTo("the plan has no baseline "
                + "dates");
    }

    @Test
    void aRealMsProjectPlanPassesTheCriticalPathTest() throws Exception {
        Plan plan = new PlanImporter().importPlan(realFile("bug1.mpp")).plan();
        Map<String, ScheduleCheck> checks = ScheduleAssessment.assess(plan, plan.asOf(), thresholds).stream()
                .collect(Collectors.toMap(ScheduleCheck::ruleId, Function.identity()));

        // nine finish-to-start links: 2 starts the plan and 11 finishes it; 10 and 12 end nowhere
        assertThat(checks.get("schedule.missing-logic").keys()).containsExactly("10", "12");
        assertThat(checks.get("schedule.relationship-types").metric()).isEqualTo(1.0);
        assertThat(checks.get("schedule.critical-path-test").breaks()).isFalse();
        // saved on 28 March 2003 with no progress entered: every task's dates are in the past
        assertThat(checks.get("schedule.invalid-dates").count()).isEqualTo(10);
    }

    static Path realFile(String name) throws URISyntaxException {
        return Path.of(ScheduleAssessmentTest.class.getResource("/realdata/project/" + name).toURI());
    }
}
