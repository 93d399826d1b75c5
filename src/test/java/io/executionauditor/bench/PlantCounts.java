package io.executionauditor.bench;

import io.executionauditor.bench.GeneratedPlan.Item;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The item-level findings the generator planted, by rule id. Two plants depend on the item having an update at
 * all (a plan with fewer updates than items leaves some without): a watermelon needs an on-track update to be one,
 * a late risk needs its at-risk update.
 */
final class PlantCounts {
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Set<Item> watermelons = new HashSet<>();
    private final Set<Item> lateRisks = new HashSet<>();

    void add(String ruleId) {
        add(ruleId, 1);
    }

    void add(String ruleId, int findings) {
        counts.merge(ruleId, findings, Integer::sum);
    }

    /** Open and overdue: a silent slip whatever its updates say; a watermelon when the latest says on track. */
    void watermelon(Item item) {
        add("communication.silent-slip");
        watermelons.add(item);
    }

    void lateRisk(Item item) {
        lateRisks.add(item);
    }

    void updatesWritten(Item item, int count) {
        if (count > 0 && watermelons.contains(item)) {
            add("communication.watermelon");
        }
        if (count > 0 && lateRisks.contains(item)) {
            add("communication.late-risk");
        }
    }

    Map<String, Integer> counts() {
        return counts;
    }
}
