package io.executionauditor.rules.facts;

import java.time.LocalDate;

/** The date the audit speaks for. */
public record AsOf(LocalDate date) {
}
