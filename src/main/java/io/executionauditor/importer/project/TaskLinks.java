package io.executionauditor.importer.project;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.mpxj.RelationType;
import org.mpxj.Task;

/**
 * Turns a schedule's links into the plan's "depends on": which work items must finish before each work item can.
 * Finish-to-start and finish-to-finish links order finishes; start-to-start and start-to-finish links do not, so
 * they are counted, not followed. A link to a milestone is followed through to the work before the milestone; a
 * link to a summary task means the work in it that finishes last; a summary's own predecessors hold for every task
 * under it.
 */
final class TaskLinks {
    /** One link of the schedule: {@code successor} waits for {@code predecessor}. */
    record Link(Task predecessor, Task successor, RelationType type, org.mpxj.Duration lag) {
        boolean ordersFinishes() {
            return type == null || type == RelationType.FINISH_START || type == RelationType.FINISH_FINISH;
        }
    }

    private final Map<Task, List<Link>> into = new IdentityHashMap<>();
    private final Map<Task, List<Link>> allInto = new IdentityHashMap<>();
    private final Function<Task, String> workKey;
    private final Map<Task, Set<String>> resolved = new IdentityHashMap<>();
    private final Set<Task> resolving = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    int startOnly;

    /** {@code workKey} gives a work item's key, {@code null} for a summary task or milestone. */
    TaskLinks(List<Link> links, Function<Task, String> workKey) {
        this.workKey = workKey;
        for (Link link : links) {
            allInto.computeIfAbsent(link.successor(), t -> new ArrayList<>()).add(link);
            if (link.ordersFinishes()) {
                into.computeIfAbsent(link.successor(), t -> new ArrayList<>()).add(link);
            } else {
                startOnly++;
            }
        }
    }

    /** The keys of the work items {@code task} waits for, its own summaries' predecessors included. */
    List<String> dependenciesOf(Task task) {
        Set<String> keys = new LinkedHashSet<>();
        for (Task level = task; level != null; level = level.getParentTask()) {
            for (Link link : into.getOrDefault(level, List.of())) {
                keys.addAll(workBehind(link.predecessor()));
            }
        }
        keys.remove(workKey.apply(task));
        return new ArrayList<>(keys);
    }

    /** The links into {@code task} from work items, of every type, as the file has them. */
    List<Link> directLinks(Task task) {
        List<Link> direct = new ArrayList<>();
        for (Link link : allInto.getOrDefault(task, List.of())) {
            if (workKey.apply(link.predecessor()) != null) {
                direct.add(link);
            }
        }
        return direct;
    }

    /** The work a link to {@code task} waits for: the task itself, or what stands behind a milestone or summary. */
    private Set<String> workBehind(Task task) {
        String key = workKey.apply(task);
        if (key != null) {
            return Set.of(key);
        }
        Set<String> known = resolved.get(task);
        if (known != null) {
            return known;
        }
        if (!resolving.add(task)) {
            return Set.of(); // a loop through milestones and summaries: the cycle rule judges the work items
        }
        Set<String> keys = new LinkedHashSet<>();
        if (task.getChildTasks().isEmpty()) {
            for (Task level = task; level != null; level = level.getParentTask()) {
                for (Link link : into.getOrDefault(level, List.of())) {
                    keys.addAll(workBehind(link.predecessor()));
                }
            }
        } else {
            keys.addAll(lastToFinish(task));
        }
        resolving.remove(task);
        resolved.put(task, keys);
        return keys;
    }

    /** The work items under a summary that finish last: the summary finishes when they do. */
    private Set<String> lastToFinish(Task summary) {
        List<Task> work = new ArrayList<>();
        collectWork(summary, work);
        java.time.LocalDateTime latest = null;
        for (Task task : work) {
            if (task.getFinish() != null && (latest == null || task.getFinish().isAfter(latest))) {
                latest = task.getFinish();
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Task task : work) {
            if (latest == null || latest.equals(task.getFinish())) {
                keys.add(workKey.apply(task));
            }
        }
        return keys;
    }

    private void collectWork(Task task, List<Task> work) {
        for (Task child : task.getChildTasks()) {
            if (workKey.apply(child) != null) {
                work.add(child);
            }
            collectWork(child, work);
        }
    }
}
