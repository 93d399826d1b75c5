package io.executionauditor.plan;

import java.util.Map;
import java.util.Objects;

/**
 * Someone who owns work. Capacity is per period, in the plan's estimate unit; {@code null} when the plan does not
 * say. Overrides give another capacity for named periods (holidays).
 */
public record Person(String name, String team, Double capacity, Map<String, Double> capacityOverrides) {
    public Person {
        Objects.requireNonNull(name, "name");
        capacityOverrides = Map.copyOf(capacityOverrides == null ? Map.of() : capacityOverrides);
    }

    public Person(String name, String team, Double capacity) {
        this(name, team, capacity, Map.of());
    }

    /** Capacity in the named period, or {@code null} when unknown. */
    public Double capacityIn(String period) {
        Double override = period == null ? null : capacityOverrides.get(period);
        return override != null ? override : capacity;
    }
}
