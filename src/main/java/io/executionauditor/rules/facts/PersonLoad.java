package io.executionauditor.rules.facts;

import java.util.List;

/**
 * A person's committed estimate in one period (done items included; an item with several owners split evenly)
 * against their capacity in that period. {@code ratio} is {@code null} when the capacity is unknown (or zero with
 * nothing committed), infinite when work is committed against a capacity of zero ({@code percent} is then
 * {@code null}).
 * {@code periodIndex} orders periods (0 is the first) so rules can see consecutive ones.
 */
public record PersonLoad(String person, String team, String period, int periodIndex, double committed,
        Double capacity, Double ratio, List<String> itemKeys) {
    public PersonLoad {
        itemKeys = List.copyOf(itemKeys);
    }

    /** The load as a whole percentage of capacity, for messages. */
    public Long percent() {
        return ratio == null || ratio.isInfinite() ? null : Math.round(ratio * 100);
    }
}
