package io.executionauditor.importer;

import io.executionauditor.plan.Health;
import java.util.List;

/** Columns of the Updates sheet. */
public enum UpdateColumn implements Column {
    DATE("Date", ValueKind.DATE, true, "When the update was given.", ""),
    KEY("Key", ValueKind.TEXT, true, "The key of the item it is about.", ""),
    AUTHOR("Author", ValueKind.TEXT, false, "Who gave the update.", ""),
    HEALTH("Health", ValueKind.HEALTH, false, "How healthy the item was said to be.", Health.accepted(), "Status",
            "RAG"),
    NOTE("Note", ValueKind.TEXT, false, "What was said.", "", "Comment"),
    NEW_DUE("New due", ValueKind.DATE, false, "The new due date, when the update moved it.", "");

    private final ColumnSpec spec;

    UpdateColumn(String header, ValueKind kind, boolean required, String meaning, String accepted, String... synonyms) {
        this.spec = new ColumnSpec(header, kind, required, meaning, accepted, List.of(synonyms));
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
