package io.executionauditor.importer.jira;

import io.executionauditor.importer.jira.JiraTerms.Dialect;
import io.executionauditor.importer.jira.JiraTerms.Field;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jira export's header row: which columns hold which field. Jira repeats a column once per value (Sprint, Labels,
 * Comment, link columns), so a field may have several columns; custom fields are headed
 * {@code Custom field (Story Points)} in the export's language; link columns {@code Inward issue link (Blocks)}.
 */
final class JiraHeader {
    /** {@code words (name)}: the name may itself hold parentheses ({@code Acceptance Criteria (AC)}). */
    private static final Pattern PARENTHESISED = Pattern.compile("^(.*?)\\s*\\((.*)\\)\\s*$");

    final Dialect dialect;
    private final List<String> texts = new ArrayList<>();
    private final Map<Field, List<Integer>> fields = new EnumMap<>(Field.class);
    /** Blocks links: on issue A, an inward column naming B means A waits for B; an outward one, B waits for A. */
    final List<Integer> blockedBy = new ArrayList<>();
    final List<Integer> blocks = new ArrayList<>();
    /** Columns no field names: kept as item attributes. */
    final List<Integer> others = new ArrayList<>();
    private int customFields;
    private int linkColumns;

    private JiraHeader(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The header bound to Jira's fields, or {@code null} when it is not a Jira export: it must name the issue key and
     * at least one column only Jira writes (issue id, project key, status category, parent summary, a custom field or
     * an issue link column, or Sprint or Labels repeated), so that a canonical sheet that borrows Jira's names
     * ({@code Issue key}, {@code Summary}) stays a canonical sheet. DevLake's table is told apart by its own names.
     */
    static JiraHeader bind(List<String> cells) {
        Dialect dialect = Dialect.JIRA;
        boolean devlakeKey = false;
        boolean devlakeMarker = false;
        for (String cell : cells) {
            devlakeKey |= JiraTerms.header(Dialect.DEVLAKE, cell) == Field.KEY;
            devlakeMarker |= JiraTerms.isDevLakeMarker(cell);
        }
        if (devlakeKey && devlakeMarker) {
            dialect = Dialect.DEVLAKE;
        }
        JiraHeader header = new JiraHeader(dialect);
        for (int i = 0; i < cells.size(); i++) {
            header.add(i, cells.get(i) == null ? "" : cells.get(i).strip());
        }
        return header.has(Field.KEY) && (dialect == Dialect.DEVLAKE || header.onlyJiraWritesIt()) ? header : null;
    }

    private void add(int index, String text) {
        texts.add(text.isEmpty() ? "column " + (index + 1) : text);
        Field field = JiraTerms.header(dialect, text);
        if (field == null && dialect == Dialect.JIRA) {
            field = special(index, text);
            if (field == null && (blockedBy.contains(index) || blocks.contains(index))) {
                return;
            }
        }
        if (field == null) {
            others.add(index);
        } else {
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(index);
        }
    }

    /** A custom field, a Blocks link column, or a custom field a "current fields" export heads by its bare name. */
    private Field special(int index, String text) {
        Matcher m = PARENTHESISED.matcher(text);
        if (m.matches()) {
            String words = m.group(1);
            String name = m.group(2);
            if (JiraTerms.isCustomFieldPrefix(words)) {
                customFields++;
                return JiraTerms.customField(name);
            }
            Boolean inward = JiraTerms.linkDirection(words);
            if (inward != null) {
                linkColumns++;
                if (JiraTerms.isBlockingLinkType(name)) {
                    (inward ? blockedBy : blocks).add(index);
                }
                return null;
            }
        }
        return JiraTerms.customField(text);
    }

    private boolean onlyJiraWritesIt() {
        return has(Field.ID) || has(Field.PROJECT_KEY) || has(Field.STATUS_CATEGORY) || has(Field.PARENT_SUMMARY)
                || customFields > 0 || linkColumns > 0 || columns(Field.SPRINT).size() > 1
                || columns(Field.LABELS).size() > 1;
    }

    boolean has(Field field) {
        return fields.containsKey(field);
    }

    /** The field's columns, in file order; empty when the export has none. */
    List<Integer> columns(Field field) {
        return fields.getOrDefault(field, List.of());
    }

    /** The header as the file writes it, for messages: the field's first column, else the field's English name. */
    String name(Field field) {
        List<Integer> columns = columns(field);
        return columns.isEmpty() ? field.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                : texts.get(columns.get(0));
    }

    String text(int index) {
        return texts.get(index);
    }
}
