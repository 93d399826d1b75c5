package io.executionauditor.plan;

import java.time.LocalDate;
import java.util.Objects;

/** A status report on one item: what its owner told the rest of the organisation, and when. */
public record StatusUpdate(LocalDate date, String itemKey, String author, Health health, String note, LocalDate newDue,
        int sourceRow) {
    public StatusUpdate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(itemKey, "itemKey");
    }
}
