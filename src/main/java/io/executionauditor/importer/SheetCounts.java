package io.executionauditor.importer;

/** How many data rows of one sheet were read, used and skipped (blank rows are not counted as read). */
public record SheetCounts(String sheet, int read, int used, int skipped) {
}
