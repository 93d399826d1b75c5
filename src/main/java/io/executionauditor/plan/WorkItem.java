package io.executionauditor.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A unit of planned work. Owners are names (zero, one or more); priority is a rank 1 (top) to 4, or {@code null};
 * estimate and actual are in the plan's unit. Columns the format does not know are kept in {@code attributes}.
 * {@code sourceRow} is the row the item came from, as the spreadsheet shows it (0 when not from a sheet).
 * {@code workByPeriod} is how a schedule spreads the estimate over the periods the item spans (a project file's
 * long task); empty, as for every sprint item, when all of it falls in the item's own period. {@code links} are
 * its dependencies with their type and lag; {@code dependsOn} the keys of those that order finishes (finish-to-start
 * and finish-to-finish). Either may be given and the other follows: plain keys are finish-to-start links.
 * {@code schedule} is what a scheduling tool adds (baseline, float, constraint...), {@code null} for sprint plans.
 */
public record WorkItem(String key, String title, String type, List<String> owners, String team, Status status,
        Integer priority, Double estimate, Double actual, String period, LocalDate start, LocalDate due,
        LocalDate added, LocalDate done, List<String> dependsOn, String successCriteria, String goal,
        List<String> labels, Map<String, String> attributes, int sourceRow, Map<String, Double> workByPeriod,
        List<Dependency> links, Schedule schedule) {

    public WorkItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        owners = List.copyOf(owners == null ? List.of() : owners);
        dependsOn = List.copyOf(dependsOn == null ? List.of() : dependsOn);
        links = List.copyOf(links == null ? List.of() : links);
        if (links.isEmpty() && !dependsOn.isEmpty()) {
            links = dependsOn.stream().map(Dependency::finishToStart).toList();
        } else if (dependsOn.isEmpty() && !links.isEmpty()) {
            dependsOn = links.stream().filter(link -> link.type().ordersFinishes()).map(Dependency::key).distinct()
                    .toList();
        }
        labels = List.copyOf(labels == null ? List.of() : labels);
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        workByPeriod = workByPeriod == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(workByPeriod));
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    public Builder toBuilder() {
        return new Builder(key).title(title).type(type).owners(owners).team(team).status(status).priority(priority)
                .estimate(estimate).actual(actual).period(period).start(start).due(due).added(added).done(done)
                .dependsOn(dependsOn).successCriteria(successCriteria).goal(goal).labels(labels)
                .attributes(attributes).sourceRow(sourceRow).workByPeriod(workByPeriod).links(links).schedule(schedule);
    }

    /** Importers and tests fill an item field by field; most fields are optional. */
    public static final class Builder {
        private final String key;
        private String title;
        private String type;
        private List<String> owners = List.of();
        private String team;
        private Status status = Status.TODO;
        private Integer priority;
        private Double estimate;
        private Double actual;
        private String period;
        private LocalDate start;
        private LocalDate due;
        private LocalDate added;
        private LocalDate done;
        private List<String> dependsOn = List.of();
        private String successCriteria;
        private String goal;
        private List<String> labels = List.of();
        private Map<String, String> attributes = Map.of();
        private int sourceRow;
        private Map<String, Double> workByPeriod = Map.of();
        private List<Dependency> links = List.of();
        private Schedule schedule;

        private Builder(String key) {
            this.key = key;
        }

        public Builder title(String value) { title = value; return this; }
        public Builder type(String value) { type = value; return this; }
        public Builder owners(List<String> value) { owners = value; return this; }
        public Builder owners(String... value) { owners = List.of(value); return this; }
        public Builder team(String value) { team = value; return this; }
        public Builder status(Status value) { status = value; return this; }
        public Builder priority(Integer value) { priority = value; return this; }
        public Builder estimate(Double value) { estimate = value; return this; }
        public Builder actual(Double value) { actual = value; return this; }
        public Builder period(String value) { period = value; return this; }
        public Builder start(LocalDate value) { start = value; return this; }
        public Builder due(LocalDate value) { due = value; return this; }
        public Builder added(LocalDate value) { added = value; return this; }
        public Builder done(LocalDate value) { done = value; return this; }
        public Builder dependsOn(List<String> value) { dependsOn = value; return this; }
        public Builder successCriteria(String value) { successCriteria = value; return this; }
        public Builder goal(String value) { goal = value; return this; }
        public Builder labels(List<String> value) { labels = value; return this; }
        public Builder attributes(Map<String, String> value) { attributes = value; return this; }
        public Builder sourceRow(int value) { sourceRow = value; return this; }
        public Builder workByPeriod(Map<String, Double> value) { workByPeriod = value; return this; }
        public Builder links(List<Dependency> value) { links = value; return this; }
        public Builder schedule(Schedule value) { schedule = value; return this; }

        public WorkItem build() {
            return new WorkItem(key, title, type, owners, team, status, priority, estimate, actual, period, start,
                    due, added, done, dependsOn, successCriteria, goal, labels, attributes, sourceRow, workByPeriod,
                    links, schedule);
        }
    }
}
