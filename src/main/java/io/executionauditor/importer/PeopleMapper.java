package io.executionauditor.importer;

import io.executionauditor.plan.Normalizer;
import io.executionauditor.plan.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The People sheet: Person, Team, Capacity, and a column per period holding capacity overrides. Periods may come from
 * the Items sheet, read later, so other columns are kept until {@link #people(Map)} knows the periods' names.
 */
final class PeopleMapper extends SheetMapper<PersonColumn> {
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Integer> rows = new HashMap<>();

    PeopleMapper(PlanMapping mapping) {
        super(CanonicalSheet.PEOPLE, PersonColumn.class, mapping);
    }

    @Override
    void data(int rowNumber, List<RawCell> cells) {
        String name = text(cells, PersonColumn.PERSON);
        if (name == null) {
            skip(rowNumber, name(PersonColumn.PERSON), "no name: row skipped");
            return;
        }
        Integer first = rows.putIfAbsent(Normalizer.key(name), rowNumber);
        if (first != null) {
            skip(rowNumber, name(PersonColumn.PERSON), "\"" + name + "\" is already on row " + first
                    + ": row skipped");
            return;
        }
        Draft draft = new Draft(name, text(cells, PersonColumn.TEAM), number(cells, PersonColumn.CAPACITY,
                rowNumber), rowNumber);
        for (int index : header.unknown()) {
            RawCell cell = Header.cell(cells, index);
            if (!cell.isBlank()) {
                draft.others.put(index, cell);
            }
        }
        drafts.add(draft);
        mapping.personNames.put(Normalizer.key(name), name);
        if (draft.team != null) {
            mapping.teamKeys.add(Normalizer.key(draft.team));
        }
    }

    /** Whether the sheet names its people at all (it has a header with a Person column). */
    boolean usable() {
        return header != null && header.has(PersonColumn.PERSON);
    }

    /** The people, with the overrides in columns named after one of the periods (by loose name). */
    List<Person> people(Map<String, String> periodNames) {
        Map<Integer, String> overrideColumns = new LinkedHashMap<>();
        if (header != null) {
            for (int index : header.unknown()) {
                String period = periodNames.get(Normalizer.key(header.text(index)));
                if (period != null) {
                    overrideColumns.put(index, period);
                }
            }
        }
        List<Person> people = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            Map<String, Double> overrides = new LinkedHashMap<>();
            overrideColumns.forEach((index, period) -> {
                RawCell cell = draft.others.get(index);
                if (cell != null) {
                    Double capacity = number(cell, draft.row, header.text(index));
                    if (capacity != null) {
                        overrides.put(period, capacity);
                    }
                }
            });
            people.add(new Person(draft.name, draft.team, draft.capacity, overrides));
        }
        return people;
    }

    private static final class Draft {
        final String name;
        final String team;
        final Double capacity;
        final int row;
        final Map<Integer, RawCell> others = new HashMap<>(4);

        Draft(String name, String team, Double capacity, int row) {
            this.name = name;
            this.team = team;
            this.capacity = capacity;
            this.row = row;
        }
    }
}
