package io.executionauditor.importer;

import java.util.List;

/** Columns of the People sheet; a column named after a period holds a capacity override. */
public enum PersonColumn implements Column {
    PERSON("Person", ValueKind.TEXT, true, "The name, as the Items sheet's Owner column writes it.", "", "Name",
            "Owner"),
    TEAM("Team", ValueKind.TEXT, false, "The team the person works in.", ""),
    CAPACITY("Capacity", ValueKind.NUMBER, false,
            "How much work the person can take on per period, in the plan's estimate unit.", "",
            "Capacity per period", "Availability");

    private final String header;
    private final ValueKind kind;
    private final boolean required;
    private final String meaning;
    private final String accepted;
    private final List<String> synonyms;

    PersonColumn(String header, ValueKind kind, boolean required, String meaning, String accepted, String... synonyms) {
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
