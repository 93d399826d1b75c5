package io.executionauditor.schedule;

import io.executionauditor.plan.ConstraintType;
import io.executionauditor.plan.Dependency;
import io.executionauditor.plan.WorkItem;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's own dependency network, in working days from its first start: a forward pass (linear in tasks and
 * links) gives every task's early start and finish from its links, types and lags, and so the plan's finish.
 * Tasks without predecessors start where the plan has them; date constraints hold; tasks in a cycle cannot be
 * placed and are left out.
 */
final class ScheduleNetwork {
    private final List<WorkItem> order = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final double[] duration;
    private final double[] ownStart;
    /** A constraint's type and its date in working days from the first start, else {@code null}. */
    private final ConstraintType[] constraint;
    private final double[] constraintAt;
    private final List<List<Dependency>> into = new ArrayList<>();
    /** Tasks nothing waits for: the plan finishes when the last of them does. */
    private final boolean[] terminal;

    ScheduleNetwork(List<WorkItem> items) {
        LocalDate origin = items.stream().map(WorkItem::start).filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        Map<String, WorkItem> byKey = new HashMap<>();
        for (WorkItem item : items) {
            byKey.putIfAbsent(item.key(), item);
        }
        Map<String, List<String>> successors = new HashMap<>();
        Map<String, Integer> waiting = new HashMap<>();
        for (WorkItem item : byKey.values()) {
            int count = 0;
            for (Dependency link : item.links()) {
                if (byKey.containsKey(link.key()) && !link.key().equals(item.key())) {
                    successors.computeIfAbsent(link.key(), k -> new ArrayList<>()).add(item.key());
                    count++;
                }
            }
            waiting.put(item.key(), count);
        }
        Deque<String> ready = new ArrayDeque<>();
        for (WorkItem item : items) {
            if (waiting.get(item.key()) == 0 && byKey.get(item.key()) == item) {
                ready.add(item.key());
            }
        }
        while (!ready.isEmpty()) {
            String key = ready.poll();
            index.put(key, order.size());
            order.add(byKey.get(key));
            for (String successor : successors.getOrDefault(key, List.of())) {
                if (waiting.merge(successor, -1, Integer::sum) == 0) {
                    ready.add(successor);
                }
            }
        }
        duration = new double[order.size()];
        ownStart = new double[order.size()];
        constraint = new ConstraintType[order.size()];
        terminal = new boolean[order.size()];
        constraintAt = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            WorkItem item = order.get(i);
            duration[i] = durationOf(item);
            ownStart[i] = origin == null || item.start() == null ? 0 : WorkingDays.between(origin, item.start());
            if (origin != null && item.schedule() != null && item.schedule().constraintDate() != null) {
                constraint[i] = item.schedule().constraint();
                constraintAt[i] = WorkingDays.between(origin, item.schedule().constraintDate());
            }
            List<Dependency> links = new ArrayList<>();
            for (Dependency link : item.links()) {
                if (index.containsKey(link.key()) && !link.key().equals(item.key())) {
                    links.add(link);
                }
            }
            into.add(links);
            terminal[i] = successors.getOrDefault(item.key(), List.of()).isEmpty();
        }
    }

    /** Tasks placed by the forward pass (those not caught in a dependency cycle). */
    int placed() {
        return order.size();
    }

    boolean contains(String key) {
        return index.containsKey(key);
    }

    /**
     * The plan's finish (the latest finish of the tasks nothing waits for), in working days from its first start,
     * with {@code delayDays} added to one task's length.
     */
    double finish(String delayed, double delayDays) {
        double[] starts = new double[order.size()];
        double[] finishes = new double[order.size()];
        double finish = 0;
        Integer delayedAt = delayed == null ? null : index.get(delayed);
        for (int i = 0; i < order.size(); i++) {
            double length = duration[i] + (delayedAt != null && delayedAt == i ? delayDays : 0);
            double start = into.get(i).isEmpty() ? ownStart[i] : Double.NEGATIVE_INFINITY;
            for (Dependency link : into.get(i)) {
                int p = index.get(link.key());
                start = Math.max(start, switch (link.type()) {
                    case FS -> finishes[p] + link.lagDays();
                    case SS -> starts[p] + link.lagDays();
                    case FF -> finishes[p] + link.lagDays() - length;
                    case SF -> starts[p] + link.lagDays() - length;
                });
            }
            start = constrained(i, start, length);
            starts[i] = start;
            finishes[i] = start + length;
            if (terminal[i]) {
                finish = Math.max(finish, finishes[i]);
            }
        }
        return finish;
    }

    /**
     * The start a date constraint allows: "must" constraints pin the task whatever its links say (so a delay cannot
     * pass them, which is what the critical path test exists to find); "no earlier than" ones hold it back.
     */
    private double constrained(int i, double start, double length) {
        if (constraint[i] == null) {
            return start;
        }
        double dayAfter = constraintAt[i] + 1; // a finish on a day ends with that day
        return switch (constraint[i]) {
            case MSO -> constraintAt[i];
            case MFO -> dayAfter - length;
            case SNET -> Math.max(start, constraintAt[i]);
            case FNET -> Math.max(start, dayAfter - length);
            default -> start;
        };
    }

    /** A task's length in working days: the schedule's, else from its start to its due date. */
    static double durationOf(WorkItem item) {
        if (item.schedule() != null && item.schedule().durationDays() != null) {
            return item.schedule().durationDays();
        }
        if (item.start() != null && item.due() != null && !item.due().isBefore(item.start())) {
            return WorkingDays.between(item.start(), item.due().plusDays(1));
        }
        return 0;
    }
}
