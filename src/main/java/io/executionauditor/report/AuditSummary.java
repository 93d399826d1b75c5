package io.executionauditor.report;

import io.executionauditor.audit.Audit;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.RuleInfo;
import io.executionauditor.rules.Severity;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts every renderer shows the same way: findings by severity and by category (every category, zeros too). */
public record AuditSummary(int findings, Map<Severity, Integer> bySeverity, Map<String, Integer> byCategory) {
    public static AuditSummary of(Audit audit) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0);
        }
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (RuleInfo rule : audit.rules()) {
            byCategory.putIfAbsent(rule.category(), 0);
        }
        List<Finding> findings = audit.findings();
        for (Finding finding : findings) {
            bySeverity.merge(finding.severity(), 1, Integer::sum);
            byCategory.merge(finding.category(), 1, Integer::sum);
        }
        return new AuditSummary(findings.size(), bySeverity, byCategory);
    }
}
