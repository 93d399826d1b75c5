package io.executionauditor.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The application's users: a name, a password hash (never the password) and one role. */
@Repository
public class UserStore {
    public record User(long id, String username, String passwordHash, String role) {
    }

    private final JdbcClient jdbc;

    public UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<User> find(String username) {
        return jdbc.sql("SELECT id, username, password_hash, role FROM users WHERE username = ?").param(username)
                .query((rs, n) -> new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public List<User> list() {
        return jdbc.sql("SELECT id, username, password_hash, role FROM users ORDER BY username")
                .query((rs, n) -> new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    public void create(String username, String passwordHash, String role) {
        jdbc.sql("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
                .params(username, passwordHash, role, Instant.now().atOffset(ZoneOffset.UTC)).update();
    }

    public void changeRole(String username, String role) {
        jdbc.sql("UPDATE users SET role = ? WHERE username = ?").params(role, username).update();
    }

    public void changePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = ? WHERE username = ?").params(passwordHash, username).update();
    }

    public void delete(String username) {
        jdbc.sql("DELETE FROM users WHERE username = ?").param(username).update();
    }
}
