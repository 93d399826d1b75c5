package io.executionauditor.plan;

import java.time.LocalDate;

/**
 * What a scheduling tool knows of a task beyond its dates: its planned length, its baseline, its float and
 * criticality, its constraint and its actual dates. Lengths and float are in working days; any field may be
 * {@code null} when the source does not say. Plans from sprints carry none.
 */
public record Schedule(Double durationDays, LocalDate baselineStart, LocalDate baselineFinish,
        Double baselineDurationDays, Double totalFloatDays, Boolean critical, ConstraintType constraint,
        LocalDate constraintDate, LocalDate actualStart, LocalDate actualFinish) {

    public boolean hasBaseline() {
        return baselineFinish != null || baselineStart != null;
    }
}
