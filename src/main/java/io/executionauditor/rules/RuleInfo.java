package io.executionauditor.rules;

import java.util.Objects;

/**
 * A rule's metadata as its DRL declares it. {@code message} and {@code recommendation} are templates: {@code
 * {name}} is replaced by the evidence value of that name, {@code {subject}} and {@code {period}} by the subject's.
 */
public record RuleInfo(String id, String category, Severity severity, String title, String description,
        String message, String recommendation, String file, int line) {
    public RuleInfo {
        Objects.requireNonNull(id, "id");
    }
}
