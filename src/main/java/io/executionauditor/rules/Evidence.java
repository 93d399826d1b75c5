package io.executionauditor.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts behind a finding: named numbers, dates and texts, and the item keys involved, in the order the rule
 * gave them. Rules build it in their consequence: {@code Evidence.of("committed", $c).and("capacity", $cap)}.
 */
public final class Evidence {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Object> wording = new LinkedHashMap<>();

    private Evidence() {
    }

    public static Evidence of(String name, Object value) {
        return new Evidence().and(name, value);
    }

    public static Evidence none() {
        return new Evidence();
    }

    /** Adds a named value; {@code null} or empty text (the fact does not apply) is left out. */
    public Evidence and(String name, Object value) {
        if (value != null && !"".equals(value)) {
            values.put(name, normalise(value));
        }
        return this;
    }

    /** A phrase for the rule's message and recommendation only, not part of the evidence itself. */
    public Evidence text(String name, String phrase) {
        wording.put(name, phrase);
        return this;
    }

    /** The item keys behind the finding, always under the name {@code items}. */
    public Evidence items(Collection<String> keys) {
        return and("items", List.copyOf(keys));
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** Evidence and phrases together: what message and recommendation templates can name. */
    Map<String, Object> forWording() {
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.putAll(wording);
        return all;
    }

    private static Object normalise(Object value) {
        if (value instanceof Double number) {
            return round(number);
        }
        if (value instanceof Float number) {
            return round(number.doubleValue());
        }
        if (value instanceof Collection<?> list) {
            return List.copyOf(list.stream().map(Evidence::normalise).toList());
        }
        if (value instanceof LocalDate || value instanceof Number || value instanceof String || value == null) {
            return value;
        }
        return value.toString();
    }

    /** Two decimals are enough for any ratio or estimate a manager reads; whole numbers stay whole. */
    private static Object round(double number) {
        double rounded = Math.round(number * 100.0) / 100.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return (long) rounded;
        }
        return rounded;
    }

    /** Text of one value as it reads in a sentence: lists joined by commas, whole numbers without decimals. */
    public static String format(Object value) {
        if (value instanceof Collection<?> list) {
            StringBuilder out = new StringBuilder();
            for (Object element : list) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(format(element));
            }
            return out.toString();
        }
        return String.valueOf(value);
    }
}
