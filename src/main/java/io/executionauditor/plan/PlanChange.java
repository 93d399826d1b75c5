package io.executionauditor.plan;

import java.time.LocalDate;
import java.util.Objects;

/** A recorded change to the plan: an item added, removed, deprioritized, re-dated, re-estimated or re-assigned. */
public record PlanChange(LocalDate date, String itemKey, ChangeKind kind, String from, String to, String by,
        String reason, int sourceRow) {
    public PlanChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(kind, "kind");
    }
}
