package io.executionauditor.importer;

/**
 * The input cannot be read at all (missing, not a spreadsheet, no Items sheet, damaged). The message is one line a
 * person can act on, naming the file and what was expected: whatever it quotes (a header cell that spans lines, a
 * parser's report) is kept on that line.
 */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String message) {
        super(oneLine(message));
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Line breaks (and the blanks around them) and tabs become one space, other control characters {@code ?}. */
    static String oneLine(String message) {
        return message == null ? null
                : message.replaceAll("[ \\t]*[\\r\\n\\u2028\\u2029\\u0085]+[ \\t]*", " ").replace('\t', ' ')
                        .replaceAll("\\p{Cntrl}", "?");
    }
}
