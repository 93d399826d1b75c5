package io.executionauditor.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Looks values up by any of their names, matched loosely ({@link Normalizer#key}). */
final class Synonyms<T> {
    private final Map<String, T> byName = new HashMap<>();

    Synonyms(T[] values, Function<T, String[]> names) {
        for (T value : values) {
            for (String name : names.apply(value)) {
                byName.put(Normalizer.key(name), value);
            }
        }
    }

    Optional<T> find(String text) {
        return Optional.ofNullable(byName.get(Normalizer.key(text)));
    }
}
