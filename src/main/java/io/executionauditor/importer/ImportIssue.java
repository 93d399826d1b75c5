package io.executionauditor.importer;

import java.util.Objects;

/**
 * One problem found while reading a plan: where it is (sheet, row as the spreadsheet shows it, column header) and
 * what was wrong. Row is 0 and column {@code null} when the problem concerns a whole sheet or file.
 */
public record ImportIssue(String sheet, int row, String column, Level level, String message) {
    public enum Level {
        ERROR, WARNING;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ImportIssue {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    /** The place, as a person reads it: {@code Items row 14, column Due}. */
    public String location() {
        StringBuilder where = new StringBuilder(sheet == null ? "file" : sheet);
        if (row > 0) {
            where.append(" row ").append(row);
        }
        if (column != null) {
            where.append(row > 0 ? ", column " : " column ").append(column);
        }
        return where.toString();
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
