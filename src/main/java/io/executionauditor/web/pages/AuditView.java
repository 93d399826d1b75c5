package io.executionauditor.web.pages;

import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.FindingView;
import io.executionauditor.store.AcceptanceStore;
import io.executionauditor.store.AuditRow;
import io.executionauditor.store.Fingerprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the audit page shows: the report, the findings the filters let through grouped by category, the filter
 * choices, and how the audit compares with the previous audit of the same plan.
 */
public record AuditView(AuditRow row, AuditReport r, Filters filters, Choices choices, List<Group> groups, int shown,
        Comparison comparison, List<Accepted> accepted) {

    /** A finding accepted as a known, agreed risk: shown apart from the open findings, with why and by whom. */
    public record Accepted(FindingView finding, AcceptanceStore.Acceptance acceptance) {
    }

    /** The fingerprint the accept form sends for a finding. */
    public String fingerprintOf(FindingView finding) {
        return Fingerprint.of(finding.finding());
    }


    /** The filters as the query string gives them; an empty value lets everything through. */
    public record Filters(String category, String severity, String team, String person, String change) {
        public boolean accepts(FindingView finding, Comparison comparison) {
            return matches(category, finding.category()) && matches(severity, finding.severity())
                    && matches(team, finding.team())
                    && (person == null || person.isEmpty() || finding.people().contains(person))
                    && (change == null || change.isEmpty() || comparison == null
                            || change.equals(comparison.status(finding)));
        }

        public boolean any() {
            return !(empty(category) && empty(severity) && empty(team) && empty(person) && empty(change));
        }

        private static boolean matches(String wanted, String value) {
            return wanted == null || wanted.isEmpty() || wanted.equals(value);
        }

        private static boolean empty(String text) {
            return text == null || text.isEmpty();
        }
    }

    /** The values each filter offers: only those that occur among the audit's findings. */
    public record Choices(List<String> categories, List<String> severities, List<String> teams, List<String> people) {
    }

    public record Group(String category, String title, List<FindingView> findings) {
    }

    /**
     * This audit against the previous one of the same plan: each finding is {@code new} or {@code open} (it was
     * there before), {@code resolved} are the previous findings that are gone.
     */
    public record Comparison(AuditRow previous, Set<String> previousFingerprints, List<FindingView> resolved,
            int newCount, int openCount, int scoreChange) {
        public String status(FindingView finding) {
            return previousFingerprints.contains(Fingerprint.of(finding.finding())) ? "open" : "new";
        }
    }

    static AuditView of(AuditRow row, AuditReport report, Filters filters, Comparison comparison,
            Map<String, AcceptanceStore.Acceptance> acceptances) {
        List<Accepted> accepted = new ArrayList<>();
        Set<String> categories = new java.util.LinkedHashSet<>();
        Set<String> teams = new TreeSet<>();
        Set<String> people = new TreeSet<>();
        Set<String> severities = new java.util.LinkedHashSet<>();
        for (AuditReport.CategorySection section : report.sections()) {
            categories.add(section.category());
        }
        Map<String, List<FindingView>> byCategory = new LinkedHashMap<>();
        int shown = 0;
        for (FindingView finding : report.findings()) {
            severities.add(finding.severity());
            if (!finding.team().isEmpty()) {
                teams.add(finding.team());
            }
            people.addAll(finding.people());
            AcceptanceStore.Acceptance acceptance = acceptances.get(Fingerprint.of(finding.finding()));
            if (acceptance != null) {
                accepted.add(new Accepted(finding, acceptance));
            } else if (filters.accepts(finding, comparison)) {
                byCategory.computeIfAbsent(finding.category(), c -> new ArrayList<>()).add(finding);
                shown++;
            }
        }
        List<Group> groups = new ArrayList<>();
        byCategory.forEach((category, findings) -> groups.add(new Group(category, AuditReport.titleOf(category),
                findings)));
        List<String> severityOrder = List.of("critical", "warning", "info").stream().filter(severities::contains)
                .toList();
        return new AuditView(row, report, filters, new Choices(List.copyOf(categories), severityOrder,
                List.copyOf(teams), List.copyOf(people)), groups, shown, comparison, accepted);
    }
}
