package io.executionauditor.importer;

import io.executionauditor.importer.csv.CsvSource;
import io.executionauditor.importer.jira.JiraImporter;
import io.executionauditor.importer.xlsx.XlsxSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a plan file: a canonical {@code .xlsx} workbook, a {@code .csv} file (the Items sheet alone, or a Jira export
 * when its header row is one) or a folder of per-sheet CSV files ({@code Items.csv}, {@code People.csv}...). What a
 * file is comes from its content, not its name. Problems in cells are collected in the report; only an input that
 * cannot be read at all throws.
 */
public final class PlanImporter {

    public ImportResult importPlan(Path input) throws UnreadableInputException {
        return importPlan(input, input.getFileName() == null ? input.toString() : input.getFileName().toString());
    }

    /**
     * Imports a file stored under a name of its own (an upload): {@code name}, the name its owner knows it by, is
     * the one messages and {@code Plan.source} give.
     */
    public ImportResult importPlan(Path input, String name) throws UnreadableInputException {
        if (JiraImporter.isJiraExport(input, name)) {
            return JiraImporter.importPlan(input, name);
        }
        try (SheetSource source = open(input, name)) {
            return new PlanMapping(source).run();
        }
    }

    /** The source for a file or folder, chosen by content. */
    static SheetSource open(Path input, String name) throws UnreadableInputException {
        if (Files.isDirectory(input)) {
            return CsvSource.ofFolder(input);
        }
        if (!Files.isRegularFile(input)) {
            throw new UnreadableInputException(input + ": no such file or folder (expected an .xlsx workbook, a .csv "
                    + "file or a folder of .csv files)");
        }
        byte[] head;
        try {
            head = Sniffer.head(input);
        } catch (IOException e) {
            throw new UnreadableInputException(name + " cannot be read (" + e.getMessage() + ")");
        }
        switch (Sniffer.of(head)) {
            case EMPTY:
                throw new UnreadableInputException(name + " is empty (expected an .xlsx workbook or a .csv file "
                        + "with a header row)");
            case TEXT:
                return CsvSource.ofFile(input, name);
            case ZIP:
                return XlsxSource.open(input, name);
            case OLE2:
                throw XlsxSource.ole2(input, name);
            default:
                throw new UnreadableInputException(name + " is neither an .xlsx workbook nor a CSV text file "
                        + "(expected an .xlsx workbook, a .csv file or a folder of .csv files)");
        }
    }
}
