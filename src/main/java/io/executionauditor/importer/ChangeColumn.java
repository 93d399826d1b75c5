package io.executionauditor.importer;

import io.executionauditor.plan.ChangeKind;
import java.util.List;

/** Columns of the Changes sheet. */
public enum ChangeColumn implements Column {
    DATE("Date", ValueKind.DATE, true, "When the plan changed.", ""),
    KEY("Key", ValueKind.TEXT, true, "The key of the item that changed.", ""),
    CHANGE("Change", ValueKind.CHANGE_KIND, true, "What changed.", ChangeKind.accepted(), "Kind", "Event"),
    FROM("From", ValueKind.TEXT, false,
            "The value before the change: a date for due changed, a number for estimate changed, the period left "
            + "for carried over.", ""),
    TO("To", ValueKind.TEXT, false,
            "The value after the change: a date for due changed, a number for estimate changed, the period "
            + "entered for carried over.", ""),
    BY("By", ValueKind.TEXT, false, "Who made the change.", ""),
    REASON("Reason", ValueKind.TEXT, false, "Why.", "");

    private final ColumnSpec spec;

    ChangeColumn(String header, ValueKind kind, boolean required, String meaning, String accepted, String... synonyms) {
        this.spec = new ColumnSpec(header, kind, required, meaning, accepted, List.of(synonyms));
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
