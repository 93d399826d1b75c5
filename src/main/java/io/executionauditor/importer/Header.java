package io.executionauditor.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A sheet's header row bound to its canonical columns; other columns are listed as unknown. */
final class Header<C extends Enum<C> & Column> {
    private final Map<C, Integer> indexes;
    private final List<String> texts = new ArrayList<>();
    private final List<Integer> unknown = new ArrayList<>();

    private Header(Class<C> type) {
        indexes = new EnumMap<>(type);
    }

    /** Binds the header cells; a second column naming an already bound column is reported and left unknown. */
    static <C extends Enum<C> & Column> Header<C> bind(String sheet, int row, Class<C> type, List<RawCell> cells,
            Issues issues) {
        Header<C> header = new Header<>(type);
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).asText();
            header.texts.add(text.isEmpty() ? "column " + letters(i) : text);
            C column = match(type, text);
            if (column == null) {
                header.unknown.add(i);
            } else if (header.indexes.containsKey(column)) {
                issues.warning(sheet, row, text, "column \"" + text + "\" also names " + column.header()
                        + ", already read from column \"" + header.text(header.indexes.get(column))
                        + "\"; this one is not read as " + column.header());
                header.unknown.add(i);
            } else {
                header.indexes.put(column, i);
            }
        }
        return header;
    }

    static <C extends Enum<C> & Column> C match(Class<C> type, String text) {
        for (C column : type.getEnumConstants()) {
            if (column.matches(text)) {
                return column;
            }
        }
        return null;
    }

    boolean has(C column) {
        return indexes.containsKey(column);
    }

    /** The header as the file writes it, for messages: {@code Due date}. */
    String name(C column) {
        Integer index = indexes.get(column);
        return index == null ? column.header() : texts.get(index);
    }

    String text(int index) {
        return texts.get(index);
    }

    RawCell cell(List<RawCell> row, C column) {
        Integer index = indexes.get(column);
        return index == null ? RawCell.EMPTY : cell(row, index);
    }

    static RawCell cell(List<RawCell> row, int index) {
        if (index >= row.size()) {
            return RawCell.EMPTY;
        }
        RawCell cell = row.get(index);
        return cell == null ? RawCell.EMPTY : cell;
    }

    /** Indexes of the columns that name no canonical column (a blank header reads as {@code column C}). */
    List<Integer> unknown() {
        return unknown;
    }

    /** The headers found, for messages. */
    List<String> texts() {
        return texts;
    }

    /** Spreadsheet letters of a 0-based column index: 0 is A, 26 is AA. */
    static String letters(int index) {
        StringBuilder out = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            out.insert(0, (char) ('A' + i % 26));
        }
        return out.toString();
    }
}
