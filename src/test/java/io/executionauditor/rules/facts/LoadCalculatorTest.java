package io.executionauditor.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Person;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.WorkItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadCalculatorTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);
    static final Period SPRINT_1 = new Period("Sprint 1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13));
    static final Period SPRINT_2 = new Period("Sprint 2", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 27));

    @Test
    void sharesThatAddUpToCapacityAreExactlyAtCapacity() {
        List<Person> people = List.of(new Person("Chen", "Search", 15.0), new Person("Dana", "Search", 15.0),
                new Person("Eva", "Search", 15.0));
        List<WorkItem> items = List.of(item("S-1", 5, "Chen"), item("S-2", 10, "Chen", "Dana", "Eva"),
                item("S-3", 10, "Chen", "Dana", "Eva"), item("S-4", 10, "Chen", "Dana", "Eva"));

        PersonLoad chen = personLoad(facts(people, items), "Chen", "Sprint 1");

        assertThat(chen.committed()).isEqualTo(15.0);
        assertThat(chen.ratio()).isEqualTo(1.0);
    }

    @Test
    void workCommittedAgainstZeroCapacityIsOverItNotUnjudged() {
        List<Person> people = List.of(new Person("Ana", "Payments", 10.0, Map.of("Sprint 2", 0.0)),
                new Person("Ben", "Payments", 10.0, Map.of("Sprint 2", 0.0)));
        List<WorkItem> items = List.of(item("P-1", 3, "Ana").toBuilder().period("Sprint 2").build(),
                item("P-2", 0, "Ben").toBuilder().period("Sprint 2").build());

        List<Object> facts = facts(people, items);
        PersonLoad ana = personLoad(facts, "Ana", "Sprint 2");
        PersonLoad ben = personLoad(facts, "Ben", "Sprint 2");
        TeamLoad team = facts.stream().filter(TeamLoad.class::isInstance).map(TeamLoad.class::cast).findFirst()
                .orElseThrow();

        assertThat(ana.ratio()).isInfinite();
        assertThat(ana.percent()).isNull();
        assertThat(ben.ratio()).as("nothing committed against nothing available").isNull();
        assertThat(team.capacity()).isEqualTo(0.0);
        assertThat(team.ratio()).isInfinite();
    }

    @Test
    void aScheduledTaskLoadsEachPeriodItSpansWithItsPartOfTheWork() {
        List<Person> people = List.of(new Person("Ana", "Payments", 10.0), new Person("Ben", "Payments", 10.0));
        WorkItem spanning = item("P-1", 16, "Ana", "Ben").toBuilder().period("Sprint 2")
                .workByPeriod(Map.of("Sprint 1", 6.0, "Sprint 2", 10.0)).build();

        List<Object> facts = facts(people, List.of(spanning));
        TeamLoad sprint1 = facts.stream().filter(TeamLoad.class::isInstance).map(TeamLoad.class::cast)
                .filter(t -> t.period().equals("Sprint 1")).findFirst().orElseThrow();

        assertThat(personLoad(facts, "Ana", "Sprint 1").committed()).isEqualTo(3.0);
        assertThat(personLoad(facts, "Ana", "Sprint 2").committed()).isEqualTo(5.0);
        assertThat(personLoad(facts, "Ben", "Sprint 2").committed()).isEqualTo(5.0);
        assertThat(sprint1.committed()).isEqualTo(6.0);
        assertThat(sprint1.committedItems()).as("the item is counted in its own period only").isZero();
    }

    private static WorkItem item(String key, double estimate, String... owners) {
        return WorkItem.builder(key).owners(owners).team(null).period("Sprint 1").estimate(estimate).build();
    }

    private static List<Object> facts(List<Person> people, List<WorkItem> items) {
        Plan plan = new Plan("test", "test", AS_OF, EstimateUnit.POINTS, List.of(SPRINT_1, SPRINT_2), people, items,
                List.of(), List.of());
        return FactBuilder.build(plan, AS_OF);
    }

    private static PersonLoad personLoad(List<Object> facts, String person, String period) {
        return facts.stream().filter(PersonLoad.class::isInstance).map(PersonLoad.class::cast)
                .filter(l -> l.person().equals(person) && l.period().equals(period)).findFirst().orElseThrow();
    }
}
