package io.executionauditor.rules.facts;

import io.executionauditor.plan.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Actual against estimate on each person's finished items. */
final class DeliveryCalculator {
    private DeliveryCalculator() {
    }

    static void deliveries(List<ItemFact> items, Map<String, PersonFact> persons, List<Object> out) {
        Map<String, List<ItemFact>> finished = new LinkedHashMap<>();
        for (ItemFact item : items) {
            if (item.status() != Status.DONE || item.actual() == null || item.estimate() == null
                    || item.estimate() <= 0) {
                continue;
            }
            for (String owner : item.owners()) {
                finished.computeIfAbsent(owner, k -> new ArrayList<>()).add(item);
            }
        }
        finished.forEach((owner, done) -> {
            List<Double> ratios = new ArrayList<>(done.size());
            List<String> keys = new ArrayList<>(done.size());
            for (ItemFact item : done) {
                ratios.add(item.actual() / item.estimate());
                keys.add(item.key());
            }
            PersonFact person = persons.get(owner);
            out.add(new PersonDelivery(owner, person == null ? "" : person.team(), done.size(), median(ratios), keys));
        });
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
