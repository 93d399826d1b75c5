package io.executionauditor.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks an audit's JSON report against what the plan generator planted: counts the report's findings per rule id
 * (streaming, the report of a large plan is large) and compares them with {@code FILE.expected.json}, a JSON object
 * {@code {"rule-id": count}} naming only the rules the generator controls; findings of other rules are counted but
 * not checked.
 *
 * <p>Usage: {@code FindingsCheck REPORT.json [EXPECTED.json]}. The first line printed is for scripts:
 * {@code items=N findings=N checked=N differ=N}; a table of the rules whose counts differ follows. Exits 1 when any
 * differs.
 */
public final class FindingsCheck {
    private static final JsonFactory JSON = new JsonFactory();

    /** The report's plan size and its findings counted by rule id. */
    public record Report(long items, Map<String, Integer> findingsByRule) {
        public int findings() {
            return findingsByRule.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A rule whose count in the report is not the count planted. */
    public record Difference(String ruleId, int expected, int found) {
    }

    private FindingsCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: FindingsCheck REPORT.json [EXPECTED.json]");
            System.exit(2);
        }
        Report report = read(Path.of(args[0]));
        Map<String, Integer> expected = args.length == 2 ? expected(Path.of(args[1])) : Map.of();
        List<Difference> differences = compare(expected, report.findingsByRule());
        System.out.printf("items=%d findings=%d checked=%d differ=%d%n", report.items(), report.findings(),
                expected.size(), differences.size());
        if (!differences.isEmpty()) {
            System.out.printf("  %-48s %9s %9s%n", "rule", "planted", "found");
            differences.forEach(d -> System.out.printf("  %-48s %9d %9d%n", d.ruleId(), d.expected(), d.found()));
            System.exit(1);
        }
    }

    /** Reads {@code plan.items} and every finding's {@code ruleId}, holding one finding at a time. */
    public static Report read(Path reportFile) throws IOException {
        long items = -1;
        Map<String, Integer> counts = new TreeMap<>();
        try (JsonParser parser = JSON.createParser(reportFile.toFile())) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, reportFile);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("plan") && value == JsonToken.START_OBJECT) {
                    String planItems = field(parser, "items");
                    items = planItems == null ? -1 : Long.parseLong(planItems);
                } else if (field.equals("findings") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        String ruleId = field(parser, "ruleId");
                        counts.merge(ruleId == null ? "(no ruleId)" : ruleId, 1, Integer::sum);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return new Report(items, counts);
    }

    public static Map<String, Integer> expected(Path expectedFile) throws IOException {
        Map<String, Integer> expected = new ObjectMapper().readerForMapOf(Integer.class)
                .readValue(Files.readAllBytes(expectedFile));
        return new TreeMap<>(expected);
    }

    /** The rules of {@code expected} whose count in {@code found} differs (a rule not found counts 0). */
    public static List<Difference> compare(Map<String, Integer> expected, Map<String, Integer> found) {
        List<Difference> differences = new ArrayList<>();
        new TreeMap<>(expected).forEach((ruleId, count) -> {
            int actual = found.getOrDefault(ruleId, 0);
            if (actual != count) {
                differences.add(new Difference(ruleId, count, actual));
            }
        });
        return differences;
    }

    /** Reads one object (the parser on its START_OBJECT) to its end; the text of its field {@code name}, or null. */
    private static String field(JsonParser object, String name) throws IOException {
        String value = null;
        while (object.nextToken() == JsonToken.FIELD_NAME) {
            boolean wanted = object.currentName().equals(name);
            object.nextToken();
            if (wanted) {
                value = object.getText();
            } else {
                object.skipChildren();
            }
        }
        return value;
    }

    private static void expect(JsonToken token, JsonToken expected, Path file) throws IOException {
        if (token != expected) {
            throw new IOException(file + ": expected " + expected + ", found " + token);
        }
    }
}
