package io.executionauditor.rules;

import io.executionauditor.rules.facts.Threshold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers rules compare against: defaults per rule id and parameter, and per-team overrides of some of them.
 */
public final class Thresholds {
    private final Map<String, Map<String, Double>> defaults;
    private final Map<String, Map<String, Map<String, Double>>> teams;

    public Thresholds(Map<String, Map<String, Double>> defaults, Map<String, Map<String, Map<String, Double>>> teams) {
        this.defaults = deepCopy(defaults);
        this.teams = new LinkedHashMap<>();
        teams.forEach((team, rules) -> this.teams.put(team, deepCopy(rules)));
    }

    public static Thresholds none() {
        return new Thresholds(Map.of(), Map.of());
    }

    public Map<String, Map<String, Double>> defaults() {
        return Collections.unmodifiableMap(defaults);
    }

    public Map<String, Map<String, Map<String, Double>>> teams() {
        return Collections.unmodifiableMap(teams);
    }

    /** The defaults of one rule, in the order the file gives them. */
    public Map<String, Double> defaultsOf(String ruleId) {
        return defaults.getOrDefault(ruleId, Map.of());
    }

    public double value(String ruleId, String team, String name) {
        Double override = teams.getOrDefault(team, Map.of()).getOrDefault(ruleId, Map.of()).get(name);
        if (override != null) {
            return override;
        }
        Double value = defaults.getOrDefault(ruleId, Map.of()).get(name);
        if (value == null) {
            throw new IllegalArgumentException("no threshold " + name + " for " + ruleId);
        }
        return value;
    }

    /** These thresholds with {@code other}'s values laid over them (defaults over defaults, teams over teams). */
    public Thresholds overriddenBy(Thresholds other) {
        Map<String, Map<String, Double>> mergedDefaults = deepCopy(defaults);
        other.defaults.forEach((rule, values) -> mergedDefaults.computeIfAbsent(rule, r -> new LinkedHashMap<>())
                .putAll(values));
        Map<String, Map<String, Map<String, Double>>> mergedTeams = new LinkedHashMap<>(teams);
        other.teams.forEach((team, rules) -> {
            Map<String, Map<String, Double>> merged = deepCopy(mergedTeams.getOrDefault(team, Map.of()));
            rules.forEach((rule, values) -> merged.computeIfAbsent(rule, r -> new LinkedHashMap<>()).putAll(values));
            mergedTeams.put(team, merged);
        });
        return new Thresholds(mergedDefaults, mergedTeams);
    }

    /** One fact per rule, parameter and team, each holding the value in force for that team. */
    public List<Threshold> factsFor(Collection<String> teamNames) {
        List<Threshold> facts = new ArrayList<>();
        defaults.forEach((rule, values) -> values.keySet().forEach(name -> {
            for (String team : teamNames) {
                facts.add(new Threshold(rule, team, name, value(rule, team, name)));
            }
        }));
        return facts;
    }

    private static Map<String, Map<String, Double>> deepCopy(Map<String, Map<String, Double>> source) {
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        source.forEach((rule, values) -> copy.put(rule, new LinkedHashMap<>(values)));
        return copy;
    }

    /**
     * The thresholds in force for a rule, in words: the defaults first ({@code max-items 3}), then one line per
     * team that overrides them ({@code team Platform: max-items 4}).
     */
    public java.util.List<String> describe(String ruleId) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        Map<String, Double> defaults = defaultsOf(ruleId);
        if (!defaults.isEmpty()) {
            lines.add(format(defaults));
        }
        teams().forEach((team, overrides) -> {
            Map<String, Double> values = overrides.get(ruleId);
            if (values != null && !values.isEmpty()) {
                lines.add("team " + team + ": " + format(values));
            }
        });
        return lines;
    }

    private static String format(Map<String, Double> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ").append(name).append(' ')
                .append(value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value)));
        return text.toString();
    }
}
