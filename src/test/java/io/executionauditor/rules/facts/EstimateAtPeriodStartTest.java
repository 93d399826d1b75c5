package io.executionauditor.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.plan.ChangeKind;
import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.PlanChange;
import io.executionauditor.plan.Status;
import io.executionauditor.plan.WorkItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimate a team committed at a period's start is the one in force then, not the item's estimate now. */
class EstimateAtPeriodStartTest {
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    static PlanChange reestimate(LocalDate date, String from, String to) {
        return new PlanChange(date, "CHK-1", ChangeKind.ESTIMATE_CHANGED, from, to, "Ben", null, 0);
    }

    @Test
    void theEstimateOnADayUndoesReestimatesMadeAfterIt() {
        ItemHistory history = new ItemHistory();
        history.add(reestimate(START.minusDays(3), "2", "3"));
        history.add(reestimate(START.plusDays(3), "3", "8"));
        history.add(reestimate(START.plusDays(5), "8", "13"));
        history.close();

        assertThat(history.estimateOn(START, 13.0)).isEqualTo(3.0);
        assertThat(history.estimateOn(START.minusDays(5), 13.0)).isEqualTo(2.0);
        assertThat(history.estimateOn(START.plusDays(4), 13.0)).isEqualTo(8.0);
        assertThat(history.estimateOn(START.plusDays(9), 13.0)).isEqualTo(13.0);
        assertThat(history.estimateOn(null, 13.0)).isEqualTo(13.0);
    }

    @Test
    void aReestimateWithoutItsOldValueFallsBackToTheLastKnownOne() {
        ItemHistory history = new ItemHistory();
        history.add(reestimate(START.minusDays(3), "2", "3"));
        history.add(reestimate(START.plusDays(3), null, "8"));
        history.close();
        assertThat(history.estimateOn(START, 8.0)).isEqualTo(3.0);

        ItemHistory unknown = new ItemHistory();
        unknown.add(reestimate(START.plusDays(3), "", "8"));
        unknown.close();
        assertThat(unknown.estimateOn(START, 8.0)).isEqualTo(8.0);
    }

    @Test
    void aTeamsCommitmentAtTheStartUsesTheEstimatesInForceOnTheStartDate() {
        WorkItem grown = WorkItem.builder("CHK-1").team("Checkout").status(Status.IN_PROGRESS).estimate(8.0)
                .period("Sprint 1").added(START.minusDays(10)).build();
        WorkItem steady = WorkItem.builder("CHK-2").team("Checkout").status(Status.TODO).estimate(5.0)
                .period("Sprint 1").added(START.minusDays(10)).build();
        Plan plan = new Plan("Checkout", "test", START.plusDays(10), EstimateUnit.POINTS,
                List.of(new Period("Sprint 1", START, START.plusDays(11))), List.of(), List.of(grown, steady),
                List.of(), List.of(reestimate(START.plusDays(3), "3", "8")));

        TeamLoad load = FactBuilder.build(plan, START.plusDays(10)).stream()
                .filter(TeamLoad.class::isInstance).map(TeamLoad.class::cast).findFirst().orElseThrow();

        assertThat(load.committed()).isEqualTo(13.0);
        assertThat(load.committedAtStart()).isEqualTo(8.0);
    }
}
