package io.executionauditor.rules.facts;

/**
 * One threshold in force for one team ({@code ""} for work with no team). Rules match it by rule id, name and team:
 * {@code Threshold(ruleId == "x", name == "max-items", team == $team, $max : value)}.
 */
public record Threshold(String ruleId, String team, String name, double value) {
}
