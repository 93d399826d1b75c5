package io.executionauditor.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the auditor knows of one plan. {@code asOf} is the date the plan speaks for, {@code null} when the
 * source does not say; {@code source} is the file name it came from.
 */
public record Plan(String name, String source, LocalDate asOf, EstimateUnit estimateUnit, List<Period> periods,
        List<Person> people, List<WorkItem> items, List<StatusUpdate> updates, List<PlanChange> changes) {

    public Plan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(estimateUnit, "estimateUnit");
        periods = List.copyOf(periods);
        people = List.copyOf(people);
        items = List.copyOf(items);
        updates = List.copyOf(updates);
        changes = List.copyOf(changes);
    }

    public Plan withAsOf(LocalDate date) {
        return new Plan(name, source, date, estimateUnit, periods, people, items, updates, changes);
    }
}
