package io.executionauditor.importer;

import io.executionauditor.importer.csv.CsvSource;
import io.executionauditor.importer.xlsx.XlsxSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a plan file: a canonical {@code .xlsx} workbook, a {@code .csv} file (the Items sheet alone) or a folder of
 * per-sheet CSV files ({@code Items.csv}, {@code People.csv}...). What a file is comes from its content, not its
 * name. Problems in cells are collected in the report; only an input that cannot be read at all throws.
 */
public final class PlanImporter {

    public ImportResult importPlan(Path input) throws UnreadableInputException {
        try (SheetSource source = open(input)) {
            return new PlanMapping(source).run();
        }
    }

    /** The source for a file or folder, chosen by content. */
    static SheetSource open(Path input) throws UnreadableInputException {
        String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        if (Files.isDirectory(input)) {
            return CsvSource.ofFolder(input);
        }
        if (!Files.isRegularFile(input)) {
            throw new UnreadableInputException(name + ": no such file or folder (expected an .xlsx workbook, a .csv "
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
                return CsvSource.ofFile(input);
            case ZIP:
                return XlsxSource.open(input);
            case OLE2:
                throw XlsxSource.ole2(input);
            default:
                throw new UnreadableInputException(name + " is neither an .xlsx workbook nor a CSV text file "
                        + "(expected an .xlsx workbook, a .csv file or a folder of .csv files)");
        }
    }
}
