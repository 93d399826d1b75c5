package io.executionauditor.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Published rule-set versions, each a zipped rules folder; exactly one is active once any is published. */
@Repository
public class RuleSetStore {
    public record Published(long id, String version, Instant publishedAt, String publishedBy, String note,
            boolean active) {
    }

    private static final String COLUMNS = "id, version, published_at, published_by, note, active";

    private final JdbcClient jdbc;

    public RuleSetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new version and makes it the active one, in one transaction. */
    @Transactional
    public long publish(String version, byte[] content, String user, String note, Instant at) {
        jdbc.sql("UPDATE rule_sets SET active = FALSE WHERE active = TRUE").update();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rule_sets (version, published_at, published_by, note, active, content)"
                + " VALUES (?, ?, ?, ?, TRUE, ?)")
                .params(version, at.atOffset(ZoneOffset.UTC), user, note, content).update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Published> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_sets WHERE active = TRUE ORDER BY id DESC FETCH FIRST 1 ROWS"
                + " ONLY").query(RuleSetStore::row).optional();
    }

    /** Every published version, newest first. */
    public List<Published> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_sets ORDER BY id DESC").query(RuleSetStore::row).list();
    }

    public Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM rule_sets WHERE id = ?").param(id).query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private static Published row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Published(rs.getLong("id"), rs.getString("version"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("published_by"),
                rs.getString("note"), rs.getBoolean("active"));
    }
}
