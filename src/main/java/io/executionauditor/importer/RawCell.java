package io.executionauditor.importer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as a source holds it, before the mapping knows what it means: text (all a CSV has), a number (an xlsx
 * numeric cell, which in a date column is an Excel serial date) or a date (a source that knows its dates).
 */
public record RawCell(String text, Double number, LocalDate date) {

    public static final RawCell EMPTY = new RawCell(null, null, null);

    public static RawCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new RawCell(text, null, null);
    }

    public static RawCell number(double number) {
        return new RawCell(null, number, null);
    }

    public static RawCell date(LocalDate date) {
        return date == null ? EMPTY : new RawCell(null, null, date);
    }

    public boolean isBlank() {
        return number == null && date == null && (text == null || text.isBlank());
    }

    /** The cell as text, trimmed: numbers without a useless {@code .0}, dates as yyyy-mm-dd; "" when blank. */
    public String asText() {
        if (number != null) {
            return plain(number);
        }
        if (date != null) {
            return date.toString();
        }
        return text == null ? "" : text.strip();
    }

    /** A number as a person writes it: {@code 8}, {@code 8.5}, never {@code 8.0} or {@code 1E3}. */
    public static String plain(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
