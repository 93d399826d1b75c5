package io.executionauditor.rules.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Helpers for rules that look at a person's loads across periods. */
public final class LoadRuns {
    private LoadRuns() {
    }

    /** A run of loads in consecutive periods (wrapped, because DRL's {@code from} would iterate a bare list). */
    public record Run(List<PersonLoad> loads) {
        public int length() {
            return loads.size();
        }
    }

    /** The longest run of loads in consecutive periods (by period index); the earliest such run on a tie. */
    public static Run longestRun(List<PersonLoad> loads) {
        List<PersonLoad> sorted = new ArrayList<>(loads);
        sorted.sort(Comparator.comparingInt(PersonLoad::periodIndex));
        List<PersonLoad> best = new ArrayList<>();
        List<PersonLoad> current = new ArrayList<>();
        for (PersonLoad load : sorted) {
            if (!current.isEmpty() && load.periodIndex() != current.get(current.size() - 1).periodIndex() + 1) {
                current = new ArrayList<>();
            }
            current.add(load);
            if (current.size() > best.size()) {
                best = current;
            }
        }
        return new Run(List.copyOf(best));
    }

    public static List<String> periods(List<PersonLoad> loads) {
        return loads.stream().map(PersonLoad::period).toList();
    }

    public static List<Long> percents(List<PersonLoad> loads) {
        return loads.stream().map(PersonLoad::percent).toList();
    }

    public static List<String> itemKeys(List<PersonLoad> loads) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        loads.forEach(load -> keys.addAll(load.itemKeys()));
        return List.copyOf(keys);
    }
}
