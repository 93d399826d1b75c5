package io.executionauditor.importer;

import io.executionauditor.plan.Normalizer;
import java.util.List;

/**
 * One column of the canonical workbook: its header, the other headers it is known by, the kind of value it holds and
 * what it means. The importer matches headers with these, and the template's Columns sheet is written from them.
 */
public interface Column {

    /** The canonical header, as the template writes it. */
    String header();

    /** Other headers accepted for this column. */
    List<String> synonyms();

    ValueKind kind();

    boolean required();

    /** One sentence for the person filling the sheet. */
    String meaning();

    /** The values accepted, when the kind alone does not say; empty otherwise. */
    String accepted();

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
