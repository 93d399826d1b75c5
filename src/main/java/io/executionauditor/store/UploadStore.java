package io.executionauditor.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Uploaded plans, kept as they came under {@code <data>/uploads} with generated names, so an audit can be re-run
 * on a newer rule set. A file is written before its row; {@link #discard} removes it when the row is never written.
 */
@Repository
public class UploadStore {
    private final JdbcClient jdbc;
    private final Path folder;

    public UploadStore(JdbcClient jdbc, @Value("${execution-auditor.data}") Path data) {
        this.jdbc = jdbc;
        this.folder = data.resolve("uploads");
    }

    /** Writes the stream to a new file with a generated name, counting and hashing it on the way. */
    public StoredFile receive(InputStream in, String originalName) {
        String storedName = UUID.randomUUID() + ".upload";
        Path path = folder.resolve(storedName);
        try {
            Files.createDirectories(folder);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), sha)) {
                size = in.transferTo(out);
            }
            return new StoredFile(storedName, path, displayName(originalName), size,
                    HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            deleteQuietly(path);
            throw new UncheckedIOException("the upload could not be stored (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long insert(StoredFile file, String user, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO uploads (stored_name, original_name, size_bytes, sha256, uploaded_by, uploaded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(file.storedName(), file.originalName(), file.size(), file.sha256(), user,
                        at.atOffset(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * A file received earlier in this session of work (a preview), by its generated name; never a kept upload's
     * file, which a preview's cancel would otherwise delete under its audits.
     */
    public Optional<StoredFile> pending(String storedName, String originalName) {
        if (!storedName.matches("[0-9a-f-]{36}\\.upload")) {
            return Optional.empty();
        }
        if (jdbc.sql("SELECT COUNT(*) FROM uploads WHERE stored_name = ?").param(storedName).query(Integer.class)
                .single() > 0) {
            return Optional.empty();
        }
        Path path = folder.resolve(storedName);
        try {
            return Files.isRegularFile(path)
                    ? Optional.of(new StoredFile(storedName, path, displayName(originalName), Files.size(path), ""))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A kept upload, by its row id, when its file is still there. */
    public Optional<StoredFile> find(long id) {
        return jdbc.sql("SELECT stored_name, original_name, size_bytes, sha256 FROM uploads WHERE id = ?").param(id)
                .query((rs, n) -> new StoredFile(rs.getString(1), folder.resolve(rs.getString(1)), rs.getString(2),
                        rs.getLong(3), rs.getString(4)))
                .optional().filter(file -> Files.isRegularFile(file.path()));
    }

    /**
     * Removes files received for a preview that was neither saved nor cancelled (the browser was closed), once
     * they are older than {@code age}. Files of saved uploads have a row and are kept.
     */
    public int removeAbandoned(java.time.Duration age, Instant now) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        java.util.Set<String> kept = new java.util.HashSet<>(jdbc.sql("SELECT stored_name FROM uploads")
                .query(String.class).list());
        int removed = 0;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".upload") && !kept.contains(name)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(age))) {
                    deleteQuietly(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    public void discard(StoredFile file) {
        deleteQuietly(file.path());
    }

    /**
     * The last part of whatever name the browser sent, without control or format characters (a right-to-left
     * override would show {@code plan\u202Egpj.exe} as {@code planexe.jpg}), at most 200 characters.
     */
    static String displayName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // nothing more to do: an orphan file is harmless and the next cleanup removes it
        }
    }
}
