package io.executionauditor.audit;

import io.executionauditor.plan.Period;
import io.executionauditor.plan.Person;
import io.executionauditor.plan.Plan;
import io.executionauditor.rules.facts.PersonLoad;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every person by every period: what they are committed to against their capacity. People of the People sheet come
 * first in its order, then owners the sheet does not list (their capacity is unknown); periods are the plan's, then
 * any period only items name.
 */
public record LoadTable(List<String> periods, List<Row> rows, int hiddenRows) {
    public LoadTable {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }

    public LoadTable(List<String> periods, List<Row> rows) {
        this(periods, rows, 0);
    }

    /**
     * At most {@code maxRows} people: when there are more, only those over capacity in some period, in table order,
     * up to {@code maxRows}; {@link #hiddenRows} says how many are left out. A printed report of a programme of two
     * thousand people shows who is overloaded, not fifty pages of people within capacity.
     */
    public LoadTable shortened(int maxRows) {
        if (rows.size() <= maxRows) {
            return this;
        }
        List<Row> over = rows.stream().filter(Row::overCapacity).limit(maxRows).toList();
        return new LoadTable(periods, over, rows.size() - over.size() + hiddenRows);
    }

    public record Row(String person, String team, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        boolean overCapacity() {
            return cells.stream().anyMatch(cell -> cell.level() == Level.OVER || cell.level() == Level.FAR_OVER);
        }
    }

    /**
     * One person in one period. {@code percent} is {@code null} when the capacity is unknown or nothing meets a
     * capacity of zero; {@code overZero} is set when work is committed against a capacity of zero.
     */
    public record Cell(String period, double committed, Double capacity, Long percent, boolean overZero,
            List<String> itemKeys) {
        public Cell {
            itemKeys = List.copyOf(itemKeys);
        }

        public boolean empty() {
            return committed == 0 && itemKeys.isEmpty();
        }

        /** How loaded the person is, for colouring a heat map the same way in every report. */
        public Level level() {
            if (overZero) {
                return Level.FAR_OVER;
            }
            if (capacity == null || capacity <= 0) {
                return empty() ? Level.NONE : Level.UNKNOWN;
            }
            double ratio = committed / capacity;
            return ratio > FAR_OVER_RATIO ? Level.FAR_OVER : ratio > 1 ? Level.OVER
                    : ratio >= FULL_RATIO ? Level.FULL : Level.UNDER;
        }
    }

    /** Load bands: under 70% of capacity, full (70-100%), over (up to 120%), far over (beyond 120%). */
    public enum Level {
        NONE, UNKNOWN, UNDER, FULL, OVER, FAR_OVER;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static final double FULL_RATIO = 0.7;
    static final double FAR_OVER_RATIO = 1.2;

    public static LoadTable of(Plan plan, List<PersonLoad> loads) {
        List<String> periods = new ArrayList<>();
        for (Period period : plan.periods()) {
            periods.add(period.name());
        }
        Map<String, Map<String, PersonLoad>> byPerson = new LinkedHashMap<>();
        Map<String, String> teams = new HashMap<>();
        for (PersonLoad load : loads) {
            byPerson.computeIfAbsent(load.person(), p -> new HashMap<>()).put(load.period(), load);
            teams.putIfAbsent(load.person(), load.team());
            if (load.period() != null && !periods.contains(load.period())) {
                periods.add(load.period());
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Person> listed = new LinkedHashMap<>();
        plan.people().forEach(person -> listed.put(person.name(), person));
        for (Person person : listed.values()) {
            rows.add(row(person.name(), person.team(), person, periods,
                    byPerson.getOrDefault(person.name(), Map.of())));
        }
        byPerson.forEach((name, cells) -> {
            if (!listed.containsKey(name)) {
                rows.add(row(name, teams.get(name), null, periods, cells));
            }
        });
        return new LoadTable(periods, rows);
    }

    private static Row row(String name, String team, Person person, List<String> periods,
            Map<String, PersonLoad> loads) {
        List<Cell> cells = new ArrayList<>(periods.size());
        for (String period : periods) {
            PersonLoad load = loads.get(period);
            Double capacity = person == null ? null : person.capacityIn(period);
            if (load == null) {
                Long percent = capacity == null || capacity <= 0 ? null : 0L;
                cells.add(new Cell(period, 0, capacity, percent, false, List.of()));
            } else {
                boolean overZero = load.ratio() != null && load.ratio().isInfinite();
                cells.add(new Cell(period, load.committed(), capacity, load.percent(), overZero, load.itemKeys()));
            }
        }
        return new Row(name, team == null ? "" : team, cells);
    }
}
