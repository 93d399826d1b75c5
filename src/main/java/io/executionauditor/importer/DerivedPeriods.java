package io.executionauditor.importer;

import io.executionauditor.plan.Period;
import io.executionauditor.plan.WorkItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Periods a source names without dating them (a Period column without a Periods sheet, a Jira export's sprints), dated
 * by their items; and the single period of a plan that names none.
 */
public final class DerivedPeriods {
    /** The one period of a plan without periods; it holds every item. */
    public static final String WHOLE_PLAN = "Whole plan";

    private DerivedPeriods() {
    }

    /** A plan without periods: one period, {@value #WHOLE_PLAN}, with no dates. */
    public static List<Period> wholePlan() {
        return List.of(new Period(WHOLE_PLAN, null, null));
    }

    /**
     * The named periods, each starting at its items' earliest Start and ending at their latest Due (a period no item
     * of which has a Start has no known start: rules about work added after a period started then do not judge it),
     * ordered by their start (else their items' earliest Due; Added says when an item was written down, not when its
     * period runs, so it does not order periods) when every period has one, else in the order given.
     */
    public static List<Period> of(Collection<String> names, List<WorkItem> items) {
        Map<String, List<WorkItem>> byPeriod = new LinkedHashMap<>();
        for (String name : names) {
            byPeriod.put(name, new ArrayList<>());
        }
        for (WorkItem item : items) {
            List<WorkItem> its = item.period() == null ? null : byPeriod.get(item.period());
            if (its != null) {
                its.add(item);
            }
        }
        List<Period> derived = new ArrayList<>();
        Map<String, LocalDate> earliest = new LinkedHashMap<>();
        byPeriod.forEach((name, its) -> {
            LocalDate start = null;
            LocalDate end = null;
            LocalDate firstDue = null;
            for (WorkItem item : its) {
                start = min(start, item.start());
                end = max(end, item.due());
                firstDue = min(firstDue, item.due());
            }
            derived.add(new Period(name, start, end));
            earliest.put(name, start != null ? start : firstDue);
        });
        if (earliest.values().stream().allMatch(Objects::nonNull)) {
            derived.sort(Comparator.comparing(p -> earliest.get(p.name()))); // stable: ties keep the order given
        }
        return derived;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
