package io.executionauditor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.audit.LoadTable.Cell;
import io.executionauditor.audit.LoadTable.Level;
import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Person;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.WorkItem;
import io.executionauditor.rules.facts.FactBuilder;
import io.executionauditor.rules.facts.PersonLoad;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load table reports show: every person in every period, idle ones too, and owners the People sheet lacks. */
class LoadTableTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);
    static final List<Period> PERIODS = List.of(new Period("S1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13)),
            new Period("S2", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 27)));

    @Test
    void everyListedPersonHasACellInEveryPeriodEvenWithNothingCommitted() {
        LoadTable table = table(List.of(new Person("Ana", "Payments", 10.0), new Person("Ben", "Payments", 8.0)),
                List.of(item("P-1", "S1", 6, "Ana")));

        assertThat(table.periods()).containsExactly("S1", "S2");
        assertThat(table.rows()).extracting(LoadTable.Row::person).containsExactly("Ana", "Ben");
        Cell idle = cell(table, "Ben", "S2");
        assertThat(idle.committed()).isZero();
        assertThat(idle.capacity()).isEqualTo(8.0);
        assertThat(idle.percent()).isZero();
        assertThat(idle.level()).isEqualTo(Level.UNDER);
        assertThat(cell(table, "Ana", "S1").itemKeys()).containsExactly("P-1");
    }

    @Test
    void bandsFollowTheShareOfCapacity() {
        LoadTable table = table(List.of(new Person("Ana", "Payments", 10.0, Map.of("S2", 0.0)),
                new Person("Ben", "Payments", 10.0), new Person("Cy", "Payments", 10.0)),
                List.of(item("P-1", "S1", 7, "Ana"), item("P-2", "S1", 11, "Ben"), item("P-3", "S1", 13, "Cy"),
                        item("P-4", "S2", 2, "Ana"), item("P-5", "S2", 10, "Ben")));

        assertThat(cell(table, "Ana", "S1").level()).isEqualTo(Level.FULL);
        assertThat(cell(table, "Ben", "S1").level()).isEqualTo(Level.OVER);
        assertThat(cell(table, "Cy", "S1").level()).isEqualTo(Level.FAR_OVER);
        assertThat(cell(table, "Ben", "S2").level()).as("exactly at capacity is full, not over").isEqualTo(Level.FULL);
        Cell onLeave = cell(table, "Ana", "S2");
        assertThat(onLeave.overZero()).isTrue();
        assertThat(onLeave.percent()).isNull();
        assertThat(onLeave.level()).isEqualTo(Level.FAR_OVER);
        assertThat(cell(table, "Cy", "S2").level()).isEqualTo(Level.UNDER);
    }

    @Test
    void ownersMissingFromPeopleComeLastWithUnknownCapacity() {
        LoadTable table = table(List.of(new Person("Ana", "Payments", 10.0)),
                List.of(item("P-1", "S2", 4, "Zoe"), item("P-2", "S1", 3, "Ana")));

        assertThat(table.rows()).extracting(LoadTable.Row::person).containsExactly("Ana", "Zoe");
        assertThat(cell(table, "Zoe", "S2").capacity()).isNull();
        assertThat(cell(table, "Zoe", "S2").level()).isEqualTo(Level.UNKNOWN);
        assertThat(cell(table, "Zoe", "S1").level()).isEqualTo(Level.NONE);
    }

    @Test
    void aShortenedTableKeepsThePeopleOverCapacityAndCountsTheOthers() {
        LoadTable table = table(List.of(new Person("Ana", "Payments", 10.0), new Person("Ben", "Payments", 8.0),
                new Person("Cy", "Payments", 8.0), new Person("Di", "Payments", 8.0)),
                List.of(item("P-1", "S1", 6, "Ana"), item("P-2", "S2", 9, "Ben"), item("P-3", "S1", 12, "Di")));

        LoadTable shortened = table.shortened(3);

        assertThat(shortened.rows()).extracting(LoadTable.Row::person).containsExactly("Ben", "Di");
        assertThat(shortened.hiddenRows()).isEqualTo(2);
        assertThat(table.shortened(4)).isSameAs(table);
        assertThat(table.shortened(1).rows()).extracting(LoadTable.Row::person).containsExactly("Ben");
        assertThat(table.shortened(1).hiddenRows()).isEqualTo(3);
    }

    private static LoadTable table(List<Person> people, List<WorkItem> items) {
        Plan plan = new Plan("test", "test", AS_OF, EstimateUnit.POINTS, PERIODS, people, items, List.of(), List.of());
        List<PersonLoad> loads = FactBuilder.build(plan, AS_OF).stream().filter(PersonLoad.class::isInstance)
                .map(PersonLoad.class::cast).toList();
        return LoadTable.of(plan, loads);
    }

    private static WorkItem item(String key, String period, double estimate, String owner) {
        return WorkItem.builder(key).owners(owner).period(period).estimate(estimate).build();
    }

    private static Cell cell(LoadTable table, String person, String period) {
        return table.rows().stream().filter(r -> r.person().equals(person)).findFirst().orElseThrow().cells()
                .stream().filter(c -> c.period().equals(period)).findFirst().orElseThrow();
    }
}
