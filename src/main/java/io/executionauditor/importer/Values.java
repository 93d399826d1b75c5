package io.executionauditor.importer;

import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading numbers and lists from what people type in cells. */
public final class Values {
    private static final Pattern AMOUNT = Pattern.compile("([+-]?(?:\\d[\\d.,]*|[.,]\\d+))\\s*([\\p{L}][\\p{L} .]*)?");
    private static final Pattern OWNER_SEPARATOR = Pattern.compile("\\s*(?:[,;/&+]|\\band\\b)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern KEY_SEPARATOR = Pattern.compile("[,;\\s]+");
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");

    private Values() {
    }

    /** A number and the unit written after it ({@code 8h}, {@code 3 days}, {@code 5 pts}), {@code null} if none. */
    public record Amount(double value, EstimateUnit unit) {
    }

    /**
     * Reads {@code 12}, {@code 12.5}, {@code 12,5} (decimal comma), {@code 1,000.5}, {@code 1.000,5} and a unit
     * suffix; empty when the text is not such a number.
     */
    public static Optional<Amount> amount(String text) {
        Matcher m = AMOUNT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        EstimateUnit unit = null;
        if (m.group(2) != null) {
            unit = unit(m.group(2));
            if (unit == null) {
                return Optional.empty();
            }
        }
        String number = decimal(m.group(1));
        if (number == null) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(number);
            return Double.isFinite(value) ? Optional.of(new Amount(value, unit)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static EstimateUnit unit(String suffix) {
        Optional<EstimateUnit> unit = EstimateUnit.parse(suffix);
        if (unit.isPresent()) {
            return unit.get();
        }
        switch (Normalizer.key(suffix)) {
            case "hr": case "hour": case "hours":
                return EstimateUnit.HOURS;
            case "pt": case "point": case "storypoint":
                return EstimateUnit.POINTS;
            case "day": case "md": case "pd": case "personday": case "manday":
                return EstimateUnit.DAYS;
            default:
                return null;
        }
    }

    /** Java's form of a number written with '.' or ',' as decimal or thousands separator; null if malformed. */
    private static String decimal(String text) {
        int dot = text.lastIndexOf('.');
        int comma = text.lastIndexOf(',');
        String s = text;
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char thousands = dot > comma ? ',' : '.';
            s = s.replace(String.valueOf(thousands), "");
            if (s.indexOf(decimal) != s.lastIndexOf(decimal)) {
                return null;
            }
            s = s.replace(decimal, '.');
        } else if (comma >= 0) {
            s = text.indexOf(',') == comma ? s.replace(',', '.') : thousands(s, ',');
        } else if (dot >= 0 && text.indexOf('.') != dot) {
            s = thousands(s, '.');
        }
        return s;
    }

    /** {@code 1,000,000}: only groups of three digits after the first separator. */
    private static String thousands(String text, char separator) {
        String[] groups = text.split(Pattern.quote(String.valueOf(separator)), -1);
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        return String.join("", groups);
    }

    /** Owner names: separated by , ; / & + or the word "and"; trimmed, blanks and repeats dropped. */
    static List<String> owners(String text) {
        return split(OWNER_SEPARATOR, text);
    }

    /** Item keys: separated by , ; or white space. */
    public static List<String> keys(String text) {
        return split(KEY_SEPARATOR, text);
    }

    /** Labels: separated by , or ;. */
    static List<String> labels(String text) {
        return split(LABEL_SEPARATOR, text);
    }

    private static List<String> split(Pattern separator, String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : separator.split(text.strip())) {
            String name = part.strip();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    /** A few examples of a list, for messages: {@code Sprint 1, Sprint 2, Sprint 3, ...}. */
    public static String examples(java.util.Collection<String> names) {
        List<String> shown = new ArrayList<>();
        for (String name : names) {
            if (shown.size() == 5) {
                shown.add("...");
                break;
            }
            shown.add(name);
        }
        return shown.isEmpty() ? "none" : String.join(", ", shown);
    }
}
