package io.executionauditor.importer;

import io.executionauditor.plan.ChangeKind;
import java.util.List;

/** Columns of the Changes sheet. */
public enum ChangeColumn implements Column {
    DATE("Date", ValueKind.DATE, true, "When the plan changed.", ""),
    KEY("Key", ValueKind.TEXT, true, "The key of the item that changed.", ""),
    CHANGE("Change", ValueKind.CHANGE_KIND, true, "What changed.", ChangeKind.accepted(), "Kind", "Event"),
    FROM("From", ValueKind.TEXT, false,
            "The value before the change: a date for due changed, a number for estimate changed.", ""),
    TO("To", ValueKind.TEXT, false,
            "The value after the change: a date for due changed, a number for estimate changed.", ""),
    BY("By", ValueKind.TEXT, false, "Who made the change.", ""),
    REASON("Reason", ValueKind.TEXT, false, "Why.", "");

    private final String header;
    private final ValueKind kind;
    private final boolean required;
    private final String meaning;
    private final String accepted;
    private final List<String> synonyms;

    ChangeColumn(String header, ValueKind kind, boolean required, String meaning, String accepted, String... synonyms) {
        this.header = header;
        this.kind = kind;
        this.required = required;
        this.meaning = meaning;
        this.accepted = accepted;
        this.synonyms = List.of(synonyms);
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> synonyms() {
        return synonyms;
    }

    @Override
    public ValueKind kind() {
        return kind;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    @Override
    public String accepted() {
        return accepted;
    }
}
