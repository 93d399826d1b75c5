package io.executionauditor.importer;

import java.util.List;

/** The sheets of the canonical workbook, in the order the importer reads them (DESIGN.md section 4). */
public enum CanonicalSheet {
    PLAN("Plan", false, "The plan's name, the date it speaks for and the unit of its estimates: Field/Value rows.",
            PlanField.values()),
    PERIODS("Periods", false, "The sprints, iterations, months or quarters items are committed to.",
            PeriodColumn.values()),
    PEOPLE("People", false, "Who owns work and how much they can take on per period. A column named after a "
            + "period gives that person's capacity in that period (holidays).", PersonColumn.values()),
    ITEMS("Items", true, "The work: one row per item. Columns not listed here are kept as item attributes.",
            ItemColumn.values()),
    UPDATES("Updates", false, "Status updates: who told whom, when, how healthy an item was.",
            UpdateColumn.values()),
    CHANGES("Changes", false, "Changes to the plan: items added, removed, deprioritized, re-dated, re-estimated, "
            + "re-assigned.", ChangeColumn.values());

    private final String title;
    private final boolean required;
    private final String meaning;
    private final List<Column> columns;

    CanonicalSheet(String title, boolean required, String meaning, Column[] columns) {
        this.title = title;
        this.required = required;
        this.meaning = meaning;
        this.columns = List.of(columns);
    }

    /** The sheet's name as the workbook spells it: {@code Items}. */
    public String title() {
        return title;
    }

    public boolean required() {
        return required;
    }

    public String meaning() {
        return meaning;
    }

    /** The columns (for Plan: the fields, one per row). */
    public List<Column> columns() {
        return columns;
    }
}
