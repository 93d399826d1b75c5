package io.executionauditor.store;

import io.executionauditor.rules.Finding;

/**
 * What makes a finding "the same" from one audit of a plan to the next: its rule and its subject (type, id,
 * period). The message may change (a person is now 150% loaded instead of 130%); the finding is still open.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(Finding finding) {
        return of(finding.ruleId(), finding.subject().type().id(), finding.subject().id(), finding.subject().period());
    }

    /** The fingerprint of a finding named by its parts, as a report or an API client gives them. */
    public static String of(String ruleId, String subjectType, String subjectId, String period) {
        return ruleId + "|" + subjectType + "|" + subjectId + "|" + (period == null ? "" : period);
    }
}
