package io.executionauditor.rules.facts;

import java.util.List;

/**
 * How a person's finished items compared with their estimates: the items done with both an estimate above zero
 * and an actual, and the median of actual / estimate over them ({@code null} with none).
 */
public record PersonDelivery(String person, String team, int finishedItems, Double medianRatio,
        List<String> itemKeys) {
    public PersonDelivery {
        itemKeys = List.copyOf(itemKeys);
    }
}
