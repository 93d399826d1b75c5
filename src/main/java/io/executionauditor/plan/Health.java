package io.executionauditor.plan;

import java.util.Optional;

/** The health a status update reports. */
public enum Health {
    ON_TRACK("on track", "green", "ok", "good", "on schedule"),
    AT_RISK("at risk", "amber", "yellow", "orange", "risk"),
    OFF_TRACK("off track", "red", "late", "behind"),
    BLOCKED("blocked", "stuck"),
    DONE("done", "complete", "completed", "finished");

    private static final Synonyms<Health> SYNONYMS = new Synonyms<>(values(), value -> value.names);

    private final String[] names;

    Health(String... names) {
        this.names = names;
    }

    public String id() {
        return names[0].replace(' ', '_');
    }

    /** As a person writes it: "at risk". */
    public String label() {
        return names[0];
    }

    /** At risk, off track and blocked are the signals that tell others bad news is coming. */
    public boolean isRiskSignal() {
        return this == AT_RISK || this == OFF_TRACK || this == BLOCKED;
    }

    public static Optional<Health> parse(String text) {
        return SYNONYMS.find(text);
    }

    public static String accepted() {
        return "on track, at risk, off track, blocked or done (or Green, Amber, Yellow, Red, Stuck, Complete)";
    }
}
