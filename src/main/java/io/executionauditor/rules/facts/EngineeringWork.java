package io.executionauditor.rules.facts;

import io.executionauditor.plan.Normalizer;
import java.util.List;

/**
 * Item types that are engineering investment rather than features: tech debt, reliability, infrastructure,
 * maintenance, tooling, refactoring. Matched on word stems so "Technical debt", "Infra" and "Refactor" count.
 */
public final class EngineeringWork {
    private static final List<String> STEMS = List.of("debt", "reliab", "infra", "mainten", "tooling", "refactor");

    private EngineeringWork() {
    }

    public static boolean isInvestment(String type) {
        String key = Normalizer.key(type);
        if (key.isEmpty()) {
            return false;
        }
        for (String stem : STEMS) {
            if (key.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
