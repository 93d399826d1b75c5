package io.executionauditor.rules;

import java.util.Locale;
import java.util.Optional;

/** How urgently a finding needs a manager's attention, most severe first. */
public enum Severity {
    CRITICAL, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
