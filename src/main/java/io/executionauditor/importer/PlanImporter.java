package io.executionauditor.importer;

import java.nio.file.Path;

/** Reads a plan file (canonical .xlsx workbook, .csv Items sheet, or a folder of per-sheet .csv files). */
public final class PlanImporter {

    public ImportResult importPlan(Path input) throws UnreadableInputException {
        throw new UnsupportedOperationException("importer is being built");
    }
}
