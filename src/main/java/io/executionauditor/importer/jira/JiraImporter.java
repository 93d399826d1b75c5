package io.executionauditor.importer.jira;

import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.Sniffer;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.importer.csv.CsvSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a Jira CSV export (Cloud or Data Center, "all fields" or "current fields", in English, Spanish, French, German
 * or Portuguese), or DevLake's table of Jira issues, into a plan. Which file is a Jira export is decided by its header
 * row ({@link JiraHeader#bind}), never by its name. Reading the CSV itself (byte-order mark, encodings, separators,
 * quoted multi-line cells) is {@link CsvSource}'s.
 */
public final class JiraImporter {
    private JiraImporter() {
    }

    /** Whether {@code file} is a text file whose header row is a Jira export's (false for anything else). */
    public static boolean isJiraExport(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return Sniffer.of(Sniffer.head(file)) == Sniffer.TEXT
                    && JiraHeader.bind(CsvSource.header(file, name)) != null;
        } catch (IOException | UnreadableInputException e) {
            return false; // the ordinary import says what is wrong with it
        }
    }

    /** The plan in a Jira export, with the report of what could not be read; {@code name} is the file's own name. */
    public static ImportResult importPlan(Path file, String name) throws UnreadableInputException {
        JiraMapping mapping = new JiraMapping(name);
        CsvSource.ofFile(file, name).readSheet("items", mapping);
        return mapping.finish();
    }
}
