package io.executionauditor.importer;

import java.util.List;

/** Columns of the Periods sheet. */
public enum PeriodColumn implements Column {
    PERIOD("Period", ValueKind.TEXT, true, "The period's name, as the Items sheet's Period column writes it.", "",
            "Sprint", "Iteration"),
    START("Start", ValueKind.DATE, false, "First day of the period.", ""),
    END("End", ValueKind.DATE, false, "Last day of the period (inclusive).", "");

    private final String header;
    private final ValueKind kind;
    private final boolean required;
    private final String meaning;
    private final String accepted;
    private final List<String> synonyms;

    PeriodColumn(String header, ValueKind kind, boolean required, String meaning, String accepted, String... synonyms) {
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
