package io.executionauditor.rules;

import java.util.Locale;
import java.util.Objects;

/** What a finding is about: an item, a person, a team or the whole plan, in one period when {@code period} is set. */
public record Subject(Type type, String id, String period) {
    public enum Type {
        ITEM, PERSON, TEAM, PLAN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static Subject item(String key) {
        return new Subject(Type.ITEM, key, null);
    }

    public static Subject item(String key, String period) {
        return new Subject(Type.ITEM, key, period);
    }

    public static Subject person(String name) {
        return new Subject(Type.PERSON, name, null);
    }

    public static Subject person(String name, String period) {
        return new Subject(Type.PERSON, name, period);
    }

    public static Subject team(String name, String period) {
        return new Subject(Type.TEAM, name, period);
    }

    public static Subject plan(String name) {
        return new Subject(Type.PLAN, name, null);
    }

    @Override
    public String toString() {
        return type.id() + " " + id + (period == null ? "" : " in " + period);
    }
}
