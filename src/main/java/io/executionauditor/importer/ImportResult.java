package io.executionauditor.importer;

import io.executionauditor.plan.Plan;

/** A plan as far as it could be read, and the report of what could not. */
public record ImportResult(Plan plan, ImportReport report) {
}
