package io.executionauditor.plan;

import java.util.Optional;

/** How a dependency ties two tasks: which end of the predecessor drives which end of the successor. */
public enum LinkType {
    FS("finish-to-start", "fs", "finish to start", "finish start"),
    SS("start-to-start", "ss", "start to start", "start start"),
    FF("finish-to-finish", "ff", "finish to finish", "finish finish"),
    SF("start-to-finish", "sf", "start to finish", "start finish");

    private static final Synonyms<LinkType> SYNONYMS = new Synonyms<>(values(), value -> value.names);

    private final String[] names;

    LinkType(String... names) {
        this.names = names;
    }

    public String id() {
        return name();
    }

    /** Finish-to-start and finish-to-finish links say the successor cannot finish before the predecessor. */
    public boolean ordersFinishes() {
        return this == FS || this == FF;
    }

    public static Optional<LinkType> parse(String text) {
        return SYNONYMS.find(text);
    }
}
