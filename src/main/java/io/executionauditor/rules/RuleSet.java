package io.executionauditor.rules;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * A compiled, validated rule set: immutable, so an audit keeps the snapshot it started with. {@code version} is a
 * digest of the files it was built from.
 */
public record RuleSet(String version, KieBase kieBase, Map<String, RuleInfo> rules, Thresholds thresholds) {
    public RuleSet {
        rules = Map.copyOf(rules);
    }

    /** The rules in catalogue order: by category, then id. */
    public List<RuleInfo> catalogue() {
        return rules.values().stream()
                .sorted(java.util.Comparator.comparing(RuleInfo::category).thenComparing(RuleInfo::id)).toList();
    }

    public RuleSet withThresholds(Thresholds replacement) {
        return new RuleSet(version, kieBase, rules, replacement);
    }
}
