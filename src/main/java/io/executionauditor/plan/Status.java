package io.executionauditor.plan;

import java.util.Optional;

/** An item's status, normalised from whatever the source tool calls it. */
public enum Status {
    TODO("todo", "open", "backlog", "selected", "selected for development", "to do", "new", "not started", "planned"),
    IN_PROGRESS("in_progress", "in progress", "in review", "doing", "started", "review", "in development", "wip"),
    BLOCKED("blocked", "on hold", "waiting", "impeded"),
    DONE("done", "closed", "resolved", "complete", "completed", "finished"),
    DEPRIORITIZED("deprioritized", "deprioritised", "cut", "descoped", "deferred", "won't do", "wont do", "dropped",
            "removed", "cancelled", "canceled");

    private static final Synonyms<Status> SYNONYMS = new Synonyms<>(values(), value -> value.names);

    private final String[] names;

    Status(String... names) {
        this.names = names;
    }

    /** The canonical name used in reports: todo, in_progress, blocked, done, deprioritized. */
    public String id() {
        return names[0];
    }

    /** Open is any status but done and deprioritized. */
    public boolean isOpen() {
        return this != DONE && this != DEPRIORITIZED;
    }

    public static Optional<Status> parse(String text) {
        return SYNONYMS.find(text);
    }

    public static String accepted() {
        return "todo, in progress, blocked, done or deprioritized (or a synonym such as Open, In Review, On Hold, Closed, Won't Do)";
    }
}
