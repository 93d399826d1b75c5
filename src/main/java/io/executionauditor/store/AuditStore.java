package io.executionauditor.store;

import io.executionauditor.audit.Audit;
import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.FindingView;
import io.executionauditor.rules.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Stored audits: a summary row, one row per finding, and the whole audit as compressed content. */
@Repository
public class AuditStore {
    private static final String COLUMNS = "id, plan_key, plan_name, source, as_of, created_at, created_by, "
            + "rule_set_version, health_score, findings, critical, warning, info, items, people, import_issues, "
            + "upload_id";

    private final JdbcClient jdbc;

    public AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key that makes two audits audits of the same plan: its name, case and spacing aside. */
    public static String planKey(String planName) {
        return planName.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Inserts the audit and its findings; the caller's transaction makes it all or nothing. */
    public long insert(Audit audit, long uploadId, String user, Instant at) {
        AuditReport report = AuditReport.of(audit);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO audits (plan_key, plan_name, source, as_of, created_at, created_by, rule_set_version,"
                + " health_score, findings, critical, warning, info, items, people, import_issues, upload_id, content)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(planKey(audit.plan().name()), audit.plan().name(),
                        audit.plan().source() == null ? "" : audit.plan().source(), audit.asOf(),
                        at.atOffset(ZoneOffset.UTC), user, audit.ruleSetVersion(), audit.healthScore().score(),
                        audit.findings().size(), count(audit, Severity.CRITICAL), count(audit, Severity.WARNING),
                        count(audit, Severity.INFO), audit.plan().items().size(), audit.plan().people().size(),
                        audit.importReport().issues().size(), uploadId, AuditCodec.encode(audit))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (FindingView finding : report.findings()) {
            jdbc.sql("INSERT INTO findings (audit_id, seq, rule_id, category, severity, subject_type, subject_id,"
                    + " period, team, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, finding.number(), finding.ruleId(), finding.category(), finding.severity(),
                            finding.subjectType(), finding.subjectId(), finding.period(), finding.team(),
                            Fingerprint.of(finding.finding()))
                    .update();
        }
        return id;
    }

    /** Every audit, newest first. */
    public List<AuditRow> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audits ORDER BY created_at DESC, id DESC").query(AuditStore::row)
                .list();
    }

    /** The audits of one plan, oldest first (by as-of date, then by when they ran). */
    public List<AuditRow> history(String planKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audits WHERE plan_key = ? ORDER BY as_of, id").param(planKey)
                .query(AuditStore::row).list();
    }

    public Optional<AuditRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audits WHERE id = ?").param(id).query(AuditStore::row)
                .optional();
    }

    public Optional<Audit> content(long id) {
        return jdbc.sql("SELECT content FROM audits WHERE id = ?").param(id)
                .query((rs, n) -> AuditCodec.decode(rs.getBytes(1))).optional();
    }

    /** The audit of the same plan just before this one: an earlier as-of date, or the same date run earlier. */
    public Optional<AuditRow> previous(AuditRow audit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audits WHERE plan_key = ? AND (as_of < ? OR (as_of = ? AND id < ?))"
                + " ORDER BY as_of DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .params(audit.planKey(), audit.asOf(), audit.asOf(), audit.id()).query(AuditStore::row).optional();
    }

    /** The newest audit of every plan (latest as-of date, then latest run), the plans in name order. */
    public List<AuditRow> latestPerPlan() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audits a WHERE NOT EXISTS (SELECT 1 FROM audits b"
                + " WHERE b.plan_key = a.plan_key AND (b.as_of > a.as_of OR (b.as_of = a.as_of AND b.id > a.id)))"
                + " ORDER BY plan_name").query(AuditStore::row).list();
    }

    /** Findings per team and severity in the given audits; findings about no team count under "". */
    public List<TeamCount> findingsByTeam(List<Long> auditIds) {
        if (auditIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(auditIds.size(), "?"));
        return jdbc.sql("SELECT COALESCE(team, '') AS team, severity, COUNT(*) AS n FROM findings WHERE audit_id IN ("
                + in + ") GROUP BY COALESCE(team, ''), severity").params(new ArrayList<Object>(auditIds))
                .query((rs, n) -> new TeamCount(rs.getString("team"), rs.getString("severity"), rs.getInt("n")))
                .list();
    }

    /** How often each rule fired in the latest {@code audits} audits: findings, and audits with at least one. */
    public java.util.Map<String, int[]> firings(int audits) {
        java.util.Map<String, int[]> byRule = new java.util.HashMap<>();
        jdbc.sql("SELECT rule_id, COUNT(*) AS n, COUNT(DISTINCT audit_id) AS a FROM findings WHERE audit_id IN"
                + " (SELECT id FROM audits ORDER BY id DESC FETCH FIRST " + Math.max(1, audits) + " ROWS ONLY)"
                + " GROUP BY rule_id")
                .query(rs -> {
                    byRule.put(rs.getString("rule_id"), new int[] {rs.getInt("n"), rs.getInt("a")});
                });
        return byRule;
    }

    /** How many findings of one severity concern one team. */
    public record TeamCount(String team, String severity, int count) {
    }

    public Set<String> fingerprints(long auditId) {
        return new HashSet<>(jdbc.sql("SELECT fingerprint FROM findings WHERE audit_id = ?").param(auditId)
                .query(String.class).list());
    }

    private static int count(Audit audit, Severity severity) {
        return (int) audit.findings().stream().filter(f -> f.severity() == severity).count();
    }

    private static AuditRow row(ResultSet rs, int n) throws SQLException {
        return new AuditRow(rs.getLong("id"), rs.getString("plan_key"), rs.getString("plan_name"),
                rs.getString("source"), rs.getObject("as_of", java.time.LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                rs.getString("rule_set_version"), rs.getInt("health_score"), rs.getInt("findings"),
                rs.getInt("critical"), rs.getInt("warning"), rs.getInt("info"), rs.getInt("items"),
                rs.getInt("people"), rs.getInt("import_issues"), rs.getLong("upload_id"));
    }
}
