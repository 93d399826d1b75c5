package io.executionauditor.rules.facts;

import java.time.LocalDate;

/**
 * Work deprioritized or removed in a team's period: the trade-off that makes room for new work. {@code date} is
 * {@code null} when the plan shows the item deprioritized but not when; rules give such a trade-off the benefit of
 * the doubt.
 */
public record Tradeoff(String team, String period, String itemKey, LocalDate date) {
    public Long epochDay() {
        return date == null ? null : date.toEpochDay();
    }
}
