package io.executionauditor.plan;

import java.util.Optional;

/** A date constraint on a task, as schedulers name them. */
public enum ConstraintType {
    ASAP("as soon as possible"),
    ALAP("as late as possible"),
    SNET("start no earlier than"),
    SNLT("start no later than"),
    FNET("finish no earlier than"),
    FNLT("finish no later than"),
    MSO("must start on", "mandatory start"),
    MFO("must finish on", "mandatory finish");

    private static final Synonyms<ConstraintType> SYNONYMS = new Synonyms<>(values(), value -> value.names);

    private final String[] names;

    ConstraintType(String... names) {
        String[] all = new String[names.length + 1];
        all[0] = name().toLowerCase(java.util.Locale.ROOT);
        System.arraycopy(names, 0, all, 1, names.length);
        this.names = all;
    }

    public String id() {
        return name();
    }

    public String label() {
        return names[1];
    }

    /** The DCMA's hard constraints: they stop the schedule's logic from moving a date. */
    public boolean isHard() {
        return this == SNLT || this == FNLT || this == MSO || this == MFO;
    }

    public static Optional<ConstraintType> parse(String text) {
        return SYNONYMS.find(text);
    }
}
