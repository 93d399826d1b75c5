package io.executionauditor.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Findings accepted as known, agreed risks. An acceptance belongs to a plan and a finding's fingerprint, so it
 * holds for every later audit of the plan in which the finding is still there, until someone withdraws it.
 */
@Repository
public class AcceptanceStore {
    public record Acceptance(long id, String planKey, String fingerprint, String reason, String acceptedBy,
            Instant acceptedAt) {
    }

    private final JdbcClient jdbc;

    public AcceptanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long accept(String planKey, String fingerprint, String reason, String user, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO acceptances (plan_key, fingerprint, reason, accepted_by, accepted_at)"
                + " VALUES (?, ?, ?, ?, ?)")
                .params(planKey, fingerprint, reason, user, at.atOffset(ZoneOffset.UTC)).update(key, "id");
        return key.getKey().longValue();
    }

    /** Withdraws an acceptance still in force; false when there is none with that id. */
    public boolean withdraw(long id, String user, Instant at) {
        return jdbc.sql("UPDATE acceptances SET withdrawn_by = ?, withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL")
                .params(user, at.atOffset(ZoneOffset.UTC), id).update() == 1;
    }

    public Optional<Acceptance> find(long id) {
        return jdbc.sql("SELECT id, plan_key, fingerprint, reason, accepted_by, accepted_at FROM acceptances"
                + " WHERE id = ? AND withdrawn_at IS NULL").param(id).query(AcceptanceStore::row).optional();
    }

    /** The acceptances in force for a plan, by fingerprint (the latest when a finding was accepted twice). */
    public Map<String, Acceptance> inForce(String planKey) {
        List<Acceptance> all = jdbc.sql("SELECT id, plan_key, fingerprint, reason, accepted_by, accepted_at"
                + " FROM acceptances WHERE plan_key = ? AND withdrawn_at IS NULL ORDER BY id").param(planKey)
                .query(AcceptanceStore::row).list();
        Map<String, Acceptance> byFingerprint = new LinkedHashMap<>();
        all.forEach(acceptance -> byFingerprint.put(acceptance.fingerprint(), acceptance));
        return byFingerprint;
    }

    private static Acceptance row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Acceptance(rs.getLong("id"), rs.getString("plan_key"), rs.getString("fingerprint"),
                rs.getString("reason"), rs.getString("accepted_by"),
                rs.getObject("accepted_at", OffsetDateTime.class).toInstant());
    }
}
