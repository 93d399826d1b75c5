package io.executionauditor.importer;

/**
 * The input cannot be read at all (missing, not a spreadsheet, no Items sheet, damaged). The message is one line a
 * person can act on, naming the file and what was expected.
 */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
