package io.executionauditor.rules.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A team's commitment in one period: the committed estimate of the items whose team it is, the capacity of its
 * members, how many committed items carry the top priority, the estimate committed at the period's start (items
 * that entered on or before the start, or with no entry date), and the committed estimate of engineering
 * investment. {@code ratio} and {@code committedAtStart} are {@code null} when unknown.
 */
public record TeamLoad(String team, String period, int periodIndex, LocalDate periodStart, double committed,
        Double capacity, Double ratio, int committedItems, int topPriorityItems, Double committedAtStart,
        double engineeringCommitted, List<String> itemKeys, List<String> topPriorityKeys,
        List<String> engineeringKeys) {
    public TeamLoad {
        itemKeys = List.copyOf(itemKeys);
        topPriorityKeys = List.copyOf(topPriorityKeys);
        engineeringKeys = List.copyOf(engineeringKeys);
    }

    public Long percent() {
        return ratio == null || ratio.isInfinite() ? null : Math.round(ratio * 100);
    }

    public Long periodStartEpochDay() {
        return periodStart == null ? null : periodStart.toEpochDay();
    }
}
