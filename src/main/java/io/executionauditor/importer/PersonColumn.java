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

    private final ColumnSpec spec;

    PersonColumn(String header, ValueKind kind, boolean required, String meaning, String accepted, String... synonyms) {
        this.spec = new ColumnSpec(header, kind, required, meaning, accepted, List.of(synonyms));
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
