package io.executionauditor.importer;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import, in the order found; importers of other formats share it. */
public final class Issues {
    private final List<ImportIssue> found = new ArrayList<>();

    public void error(String sheet, int row, String column, String message) {
        found.add(new ImportIssue(sheet, row, column, ImportIssue.Level.ERROR, message));
    }

    public void warning(String sheet, int row, String column, String message) {
        found.add(new ImportIssue(sheet, row, column, ImportIssue.Level.WARNING, message));
    }

    public List<ImportIssue> all() {
        return found;
    }
}
