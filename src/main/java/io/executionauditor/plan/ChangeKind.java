package io.executionauditor.plan;

import java.util.Optional;

/** What a plan change did to an item. */
public enum ChangeKind {
    ADDED("added", "add", "new", "created", "scope added"),
    REMOVED("removed", "remove", "deleted", "dropped", "cut", "descoped"),
    DEPRIORITIZED("deprioritized", "deprioritised", "deprioritize", "deprioritise", "deferred", "moved out", "pushed"),
    DUE_CHANGED("due changed", "due date changed", "due", "rescheduled", "date changed", "moved", "slipped"),
    ESTIMATE_CHANGED("estimate changed", "estimate", "re-estimated", "reestimated", "resized"),
    OWNER_CHANGED("owner changed", "owner", "reassigned", "assignee changed"),
    /**
     * Unfinished work moved on to the next period when its own ended (a Jira issue listed in several sprints). It is
     * not a trade-off: nobody chose to drop it to make room, so it silences no rule about scope added without one.
     */
    CARRIED_OVER("carried over", "carry over", "carry-over", "rolled over", "spilled over", "spillover");

    private static final Synonyms<ChangeKind> SYNONYMS = new Synonyms<>(values(), value -> value.names);

    private final String[] names;

    ChangeKind(String... names) {
        this.names = names;
    }

    public String id() {
        return names[0].replace(' ', '_');
    }

    /** Removing or deprioritizing work is the trade-off that makes room for new work. */
    public boolean isTradeoff() {
        return this == REMOVED || this == DEPRIORITIZED;
    }

    public static Optional<ChangeKind> parse(String text) {
        return SYNONYMS.find(text);
    }

    public static String accepted() {
        return "added, removed, deprioritized, due changed, estimate changed, owner changed or carried over";
    }
}
