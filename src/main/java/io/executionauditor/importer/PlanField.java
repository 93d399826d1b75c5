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

    private final ColumnSpec spec;

    PlanField(String header, ValueKind kind, boolean required, String meaning, String accepted, String... synonyms) {
        this.spec = new ColumnSpec(header, kind, required, meaning, accepted, List.of(synonyms));
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
