package io.executionauditor.plan;

import java.util.Objects;

/**
 * A link from an item to one it waits for: {@code key} is the predecessor, {@code lagDays} the working days between
 * the two ends (negative is a lead).
 */
public record Dependency(String key, LinkType type, double lagDays) {
    public Dependency {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
    }

    public static Dependency finishToStart(String key) {
        return new Dependency(key, LinkType.FS, 0);
    }
}
