package io.executionauditor.importer;

import java.util.List;

/**
 * Where the sheets come from (an xlsx workbook, a folder of CSV files, one CSV file): streams the rows of one sheet
 * at a time as raw cells, so the mapping of sheets to facts does not depend on the source.
 */
public interface SheetSource extends AutoCloseable {

    /** The input's file (or folder) name, for messages and {@code Plan.source}. */
    String fileName();

    /** The sheets the source has, as it spells them. */
    List<String> sheetNames();

    /**
     * Streams the rows of the named sheet (matched case-insensitively) to the handler, blank rows included, each with
     * its number as a spreadsheet shows it (the first row is 1).
     *
     * @return false when the source has no such sheet
     */
    boolean readSheet(String sheet, RowHandler handler) throws UnreadableInputException;

    @Override
    void close();

    /** Receives the rows of one sheet. */
    @FunctionalInterface
    interface RowHandler {
        void row(int rowNumber, List<RawCell> cells) throws UnreadableInputException;
    }
}
