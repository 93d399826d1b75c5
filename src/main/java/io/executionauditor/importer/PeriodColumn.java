package io.executionauditor.importer;

import java.util.List;

/** Columns of the Periods sheet. */
public enum PeriodColumn implements Column {
    PERIOD("Period", ValueKind.TEXT, true, "The period's name, as the Items sheet's Period column writes it.", "",
            "Sprint", "Iteration"),
    START("Start", ValueKind.DATE, false, "First day of the period.", ""),
    END("End", ValueKind.DATE, false, "Last day of the period (inclusive).", "");

    private final ColumnSpec spec;

    PeriodColumn(String header, ValueKind kind, boolean required, String meaning, String accepted, String... synonyms) {
        this.spec = new ColumnSpec(header, kind, required, meaning, accepted, List.of(synonyms));
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
