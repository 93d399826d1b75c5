package io.executionauditor.rules.facts;

import java.time.LocalDate;

/** Item {@code itemKey} depends on {@code dependsOn}; {@code known} when that key is in the plan. */
public record DependencyLink(String itemKey, String dependsOn, boolean known, LocalDate itemDue,
        LocalDate dependencyDue) {
}
