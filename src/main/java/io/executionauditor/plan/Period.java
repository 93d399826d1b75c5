package io.executionauditor.plan;

import java.time.LocalDate;
import java.util.Objects;

/** A sprint, iteration, month or quarter. Start and end are inclusive; either may be unknown. */
public record Period(String name, LocalDate start, LocalDate end) {
    public Period {
        Objects.requireNonNull(name, "name");
    }

    public boolean contains(LocalDate date) {
        return date != null && start != null && end != null && !date.isBefore(start) && !date.isAfter(end);
    }
}
