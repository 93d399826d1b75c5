package io.executionauditor.importer;

import java.util.List;

/** What the import did: counts per sheet and every problem found, in the order found. */
public record ImportReport(List<SheetCounts> sheets, List<ImportIssue> issues) {
    public ImportReport {
        sheets = List.copyOf(sheets);
        issues = List.copyOf(issues);
    }

    public static ImportReport empty() {
        return new ImportReport(List.of(), List.of());
    }
}
