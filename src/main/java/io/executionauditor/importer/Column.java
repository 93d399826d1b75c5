package io.executionauditor.importer;

import io.executionauditor.plan.Normalizer;
import java.util.List;

/**
 * One column of the canonical workbook: its header, the other headers it is known by, the kind of value it holds and
 * what it means. The importer matches headers with these, and the template's Columns sheet is written from them.
 */
public interface Column {

    /**
     * What a column is: its canonical header (as the template writes it), the kind of value, whether the sheet needs
     * it, one sentence for the person filling the sheet, the values accepted when the kind alone does not say (else
     * empty), and the other headers it is known by.
     */
    record ColumnSpec(String header, ValueKind kind, boolean required, String meaning, String accepted,
            List<String> synonyms) {
        public ColumnSpec {
            synonyms = List.copyOf(synonyms);
        }
    }

    ColumnSpec spec();

    default String header() {
        return spec().header();
    }

    default List<String> synonyms() {
        return spec().synonyms();
    }

    default ValueKind kind() {
        return spec().kind();
    }

    default boolean required() {
        return spec().required();
    }

    default String meaning() {
        return spec().meaning();
    }

    default String accepted() {
        return spec().accepted();
    }

    /** Whether a header written in a file names this column (case, spaces, '_', '-', '.' do not matter). */
    default boolean matches(String header) {
        String key = Normalizer.key(header);
        if (key.isEmpty()) {
            return false;
        }
        if (key.equals(Normalizer.key(header()))) {
            return true;
        }
        for (String synonym : synonyms()) {
            if (key.equals(Normalizer.key(synonym))) {
                return true;
            }
        }
        return false;
    }

    /** The header and its synonyms as a person reads them: {@code Key, ID or Issue key}. */
    default String allNames() {
        StringBuilder out = new StringBuilder(header());
        List<String> names = synonyms();
        for (int i = 0; i < names.size(); i++) {
            out.append(i == names.size() - 1 ? " or " : ", ").append(names.get(i));
        }
        return out.toString();
    }

    /** The kinds of value a column holds; the template formats its cells by kind. */
    enum ValueKind {
        TEXT, NUMBER, DATE, NAMES, KEYS, LIST, STATUS, PRIORITY, HEALTH, CHANGE_KIND, UNIT
    }
}
