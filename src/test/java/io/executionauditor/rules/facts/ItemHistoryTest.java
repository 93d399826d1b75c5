package io.executionauditor.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.plan.ChangeKind;
import io.executionauditor.plan.Health;
import io.executionauditor.plan.PlanChange;
import io.executionauditor.plan.StatusUpdate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ItemHistoryTest {
    static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

    static StatusUpdate update(int day, Health health, LocalDate newDue) {
        return new StatusUpdate(MAR_1.plusDays(day - 1), "A-1", "ana", health, "note", newDue, 0);
    }

    static PlanChange dueChange(int day, String from, String to) {
        return new PlanChange(MAR_1.plusDays(day - 1), "A-1", ChangeKind.DUE_CHANGED, from, to, "ana", null, 0);
    }

    @Test
    void currentDueIsTheLatestMoveWhetherTheSheetKeptTheOriginalOrTheNewDate() {
        ItemHistory history = new ItemHistory();
        history.add(dueChange(5, "2026-03-10", "2026-03-20"));
        history.close();

        assertThat(history.currentDue(LocalDate.of(2026, 3, 10))).isEqualTo("2026-03-20");
        assertThat(history.currentDue(LocalDate.of(2026, 3, 20))).isEqualTo("2026-03-20");
        assertThat(history.originalDue(LocalDate.of(2026, 3, 20))).isEqualTo("2026-03-10");
    }

    @Test
    void firstSlipIgnoresMovesToAnEarlierDate() {
        ItemHistory history = new ItemHistory();
        history.add(dueChange(3, "2026-03-20", "2026-03-15"));
        history.add(dueChange(6, "2026-03-15", "2026-03-25"));
        history.close();

        ItemHistory.DueMove slip = history.firstSlip(LocalDate.of(2026, 3, 25));
        assertThat(slip.date()).isEqualTo(MAR_1.plusDays(5));
        assertThat(slip.from()).isEqualTo("2026-03-15");
        assertThat(slip.to()).isEqualTo("2026-03-25");
    }

    @Test
    void anUpdateWithANewDueAfterTheItemsOwnDueIsASlipFromIt() {
        ItemHistory history = new ItemHistory();
        history.add(update(8, Health.AT_RISK, LocalDate.of(2026, 3, 20)));
        history.close();

        ItemHistory.DueMove slip = history.firstSlip(LocalDate.of(2026, 3, 10));
        assertThat(slip.from()).isEqualTo("2026-03-10");
        assertThat(slip.to()).isEqualTo("2026-03-20");
        assertThat(history.currentDue(LocalDate.of(2026, 3, 10))).isEqualTo("2026-03-20");
    }

    @Test
    void dueBeforeASignalIgnoresMovesMadeThatDayOrLater() {
        ItemHistory history = new ItemHistory();
        history.add(dueChange(4, "2026-03-10", "2026-03-14"));
        history.add(dueChange(9, "2026-03-14", "2026-03-30"));
        history.close();

        assertThat(history.dueBefore(MAR_1.plusDays(8), LocalDate.of(2026, 3, 30))).isEqualTo("2026-03-14");
        assertThat(history.dueBefore(MAR_1.plusDays(2), LocalDate.of(2026, 3, 30))).isEqualTo("2026-03-10");
    }

    @Test
    void firstRiskSignalSkipsOnTrackAndDoneUpdates() {
        ItemHistory history = new ItemHistory();
        history.add(update(9, Health.OFF_TRACK, null));
        history.add(update(2, Health.ON_TRACK, null));
        history.add(update(5, Health.AT_RISK, null));
        history.close();

        assertThat(history.firstRiskSignal().date()).isEqualTo(MAR_1.plusDays(4));
        assertThat(history.latestUpdate().health()).isEqualTo(Health.OFF_TRACK);
    }
}
