package io.executionauditor.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns the raw rows of one canonical sheet into facts and issues. The first non-blank row is the header; blank rows
 * are ignored and not counted; every other row is read, then used or skipped, and every skip is reported.
 */
abstract class SheetMapper<C extends Enum<C> & Column> implements SheetSource.RowHandler {
    static final String NUMBER_EXPECTED = "expected a number such as 8, 8.5 or 8,5, optionally with a unit: 8h, 3d, "
            + "5 pts";

    final CanonicalSheet sheet;
    final PlanMapping mapping;
    final Issues issues;
    final DateColumns dates;
    private final Class<C> type;
    Header<C> header;
    private int read;
    private int skipped;
    private boolean ignored;
    /** A row above the header holding one cell that names no column: a title (often merged across), or not. */
    private List<RawCell> titleCells;
    private int titleRow;

    SheetMapper(CanonicalSheet sheet, Class<C> type, PlanMapping mapping) {
        this.sheet = sheet;
        this.type = type;
        this.mapping = mapping;
        this.issues = mapping.issues;
        this.dates = new DateColumns(sheet.title(), mapping.issues, mapping.dateConvention);
    }

    @Override
    public final void row(int rowNumber, List<RawCell> cells) throws UnreadableInputException {
        if (isBlank(cells)) {
            return;
        }
        if (header == null && !ignored) {
            if (titleCells == null && isLoneUnknownCell(cells)) {
                titleRow = rowNumber;
                titleCells = cells;
                return;
            }
            if (titleCells != null) {
                List<RawCell> held = titleCells;
                titleCells = null;
                if (namesColumns(cells)) {
                    issues.warning(sheet.title(), titleRow, null, "\"" + firstText(held) + "\" above the header (row "
                            + rowNumber + ") is read as the sheet's title, not as data");
                } else {
                    read(titleRow, held);
                }
            }
        }
        read(rowNumber, cells);
    }

    /**
     * Called once the source has given every row (and by {@link #finish}): a lone cell still held as a possible
     * title was the sheet's only row, so it is read as its header after all.
     */
    final void endOfRows() throws UnreadableInputException {
        if (titleCells != null) {
            List<RawCell> held = titleCells;
            titleCells = null;
            read(titleRow, held);
        }
    }

    private void read(int rowNumber, List<RawCell> cells) throws UnreadableInputException {
        if (header == null && !ignored && acceptHeader(rowNumber, cells)) {
            return;
        }
        read++;
        if (ignored) {
            skipped++;
            return;
        }
        data(rowNumber, cells);
    }

    /** Binds the header row; returns false when the row is data after all (the Plan sheet may have no header). */
    boolean acceptHeader(int rowNumber, List<RawCell> cells) throws UnreadableInputException {
        header = Header.bind(sheet.title(), rowNumber, type, cells, issues);
        List<String> missing = new ArrayList<>();
        for (C column : type.getEnumConstants()) {
            if (column.required() && !header.has(column)) {
                missing.add(column.allNames());
            }
        }
        if (!missing.isEmpty()) {
            missingColumns(rowNumber, missing);
        }
        return true;
    }

    /** A required column is missing: by default one issue, and every row of the sheet is skipped. */
    void missingColumns(int rowNumber, List<String> missing) throws UnreadableInputException {
        issues.error(sheet.title(), rowNumber, null, "no " + String.join(" column, no ", missing)
                + " column (found: " + Values.examples(header.texts()) + "): every row of this sheet is skipped");
        ignored = true;
    }

    abstract void data(int rowNumber, List<RawCell> cells) throws UnreadableInputException;

    /** Called once after the last row: decides the date columns, then {@link #complete()}. */
    final void finish() throws UnreadableInputException {
        endOfRows();
        dates.resolve();
        complete();
    }

    void complete() throws UnreadableInputException {
    }

    boolean hasHeader() {
        return header != null;
    }

    SheetCounts counts() {
        return new SheetCounts(sheet.title(), read, read - skipped, skipped);
    }

    void skip(int rowNumber, String column, String message) {
        skipped++;
        issues.error(sheet.title(), rowNumber, column, message);
    }

    void skipWithWarning(int rowNumber, String column, String message) {
        skipped++;
        issues.warning(sheet.title(), rowNumber, column, message);
    }

    String name(C column) {
        return header.name(column);
    }

    RawCell cell(List<RawCell> cells, C column) {
        return header.cell(cells, column);
    }

    /** The cell as trimmed text, {@code null} when blank. */
    String text(List<RawCell> cells, C column) {
        String text = cell(cells, column).asText();
        return text.isEmpty() ? null : text;
    }

    void date(List<RawCell> cells, C column, int rowNumber, Consumer<LocalDate> target) {
        dates.read(cell(cells, column), rowNumber, name(column), column.name(), target);
    }

    Double number(List<RawCell> cells, C column, int rowNumber) {
        return number(cell(cells, column), rowNumber, name(column));
    }

    /** A number, or {@code null} when blank or unreadable (reported). */
    Double number(RawCell cell, int rowNumber, String column) {
        if (cell.isBlank()) {
            return null;
        }
        if (cell.number() != null) {
            return cell.number();
        }
        String text = cell.asText();
        Optional<Values.Amount> amount = Values.amount(text);
        if (amount.isEmpty()) {
            issues.error(sheet.title(), rowNumber, column, "\"" + text + "\" is not a number (" + NUMBER_EXPECTED
                    + ")");
            return null;
        }
        mapping.noteUnit(amount.get(), sheet.title(), rowNumber, column, text);
        return amount.get().value();
    }

    /**
     * A value of a closed set (status, priority, health, change kind), or {@code null} when blank or unknown; an unknown
     * one is reported with what is accepted and what happens instead.
     */
    <T> T choice(List<RawCell> cells, C column, int rowNumber, Function<String, Optional<T>> parser, String what,
            String accepted, String instead) {
        String text = text(cells, column);
        if (text == null) {
            return null;
        }
        Optional<T> value = parser.apply(text);
        if (value.isEmpty()) {
            issues.error(sheet.title(), rowNumber, name(column), "\"" + text + "\" is not a " + what + " (expected "
                    + accepted + ")" + instead);
            return null;
        }
        return value.get();
    }

    /** One non-blank cell whose text names none of the sheet's columns: maybe a title above the header. */
    private boolean isLoneUnknownCell(List<RawCell> cells) {
        RawCell lone = null;
        for (RawCell cell : cells) {
            if (cell != null && !cell.isBlank()) {
                if (lone != null) {
                    return false;
                }
                lone = cell;
            }
        }
        return lone != null && Header.match(type, lone.asText()) == null;
    }

    /** Whether the row names every required column of the sheet and at least one column: a header. */
    private boolean namesColumns(List<RawCell> cells) {
        java.util.Set<C> named = java.util.EnumSet.noneOf(type);
        for (RawCell cell : cells) {
            C column = cell == null ? null : Header.match(type, cell.asText());
            if (column != null) {
                named.add(column);
            }
        }
        for (C column : type.getEnumConstants()) {
            if (column.required() && !named.contains(column)) {
                return false;
            }
        }
        return !named.isEmpty();
    }

    private static String firstText(List<RawCell> cells) {
        for (RawCell cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return cell.asText();
            }
        }
        return "";
    }

    static boolean isBlank(List<RawCell> cells) {
        for (RawCell cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
