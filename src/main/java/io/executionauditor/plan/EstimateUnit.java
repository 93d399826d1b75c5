package io.executionauditor.plan;

import java.util.Optional;

public enum EstimateUnit {
    HOURS, DAYS, POINTS;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<EstimateUnit> parse(String text) {
        String key = Normalizer.key(text);
        for (EstimateUnit unit : values()) {
            String id = unit.id();
            if (key.equals(id) || key.equals(id.substring(0, id.length() - 1))) {
                return Optional.of(unit);
            }
        }
        if (key.equals("storypoints") || key.equals("sp") || key.equals("pts")) {
            return Optional.of(POINTS);
        }
        if (key.equals("h") || key.equals("hrs")) {
            return Optional.of(HOURS);
        }
        if (key.equals("d") || key.equals("persondays") || key.equals("mandays")) {
            return Optional.of(DAYS);
        }
        return Optional.empty();
    }
}
