package io.executionauditor.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One anti-pattern found in a plan, with the evidence behind it and what a manager can do about it. */
public record Finding(String ruleId, String category, Severity severity, Subject subject, String title,
        String message, Map<String, Object> evidence, String recommendation) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
