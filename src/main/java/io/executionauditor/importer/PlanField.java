package io.executionauditor.importer;

import java.util.List;

/** Rows of the Plan sheet (Field/Value pairs). */
public enum PlanField implements Column {
    NAME("Name", ValueKind.TEXT, false, "The plan's name; default: the file name.", "", "Plan", "Plan name", "Title"),
    AS_OF("As of", ValueKind.DATE, false, "The date the plan speaks for; default: the audit date.", "",
            "As of date", "Status date", "Report date", "Date"),
    ESTIMATE_UNIT("Estimate unit", ValueKind.UNIT, false,
            "The unit of estimates, actuals and capacities; default: points when the estimate column is called "
                    + "Story points or Points, hours when it is called Hours, else the unit written after the first "
                    + "number (8h, 3d, 5 pts), else hours.",
            "hours, days or points", "Unit", "Estimates in");

    private final String header;
    private final ValueKind kind;
    private final boolean required;
    private final String meaning;
    private final String accepted;
    private final List<String> synonyms;

    PlanField(String header, ValueKind kind, boolean required, String meaning, String accepted, String... synonyms) {
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
