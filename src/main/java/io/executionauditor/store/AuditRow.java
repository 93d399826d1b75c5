package io.executionauditor.store;

import java.time.Instant;
import java.time.LocalDate;

/** A stored audit as lists and comparisons read it, without its content. */
public record AuditRow(long id, String planKey, String planName, String source, LocalDate asOf, Instant createdAt,
        String createdBy, String ruleSetVersion, int healthScore, int findings, int critical, int warning, int info,
        int items, int people, int importIssues, long uploadId) {
}
