package io.executionauditor.web;

import io.executionauditor.rules.RuleFolder;
import io.executionauditor.rules.RuleSetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Each coach's draft of the rule set: a copy of the active version's folder under {@code <data>/drafts/<user>},
 * made on the first edit and kept between requests, so a new rule and its fixture files can be written one after
 * the other and then checked, tried and published together. Publishing or discarding removes it.
 */
@Component
public class RuleDrafts {
    /**
     * The files a draft may hold: rule files, the thresholds, and fixtures ({@code tests/<rule id>/<case>.csv},
     * {@code <case>.expect.yaml}, or a case folder of per-sheet CSV files). No other path, and none that climbs.
     */
    public static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-]+\\.drl|thresholds\\.yaml"
            + "|tests/[a-z0-9-]+\\.[a-z0-9.-]+/[A-Za-z0-9_-]+(?:\\.expect\\.yaml|\\.csv|/[A-Za-z]+\\.csv)");

    private final Path root;
    private final ActiveRules rules;

    public RuleDrafts(@Value("${execution-auditor.data}") Path data, ActiveRules rules) {
        this.root = data.resolve("drafts");
        this.rules = rules;
    }

    /** The version a user's draft started from, when they have one. */
    public Optional<String> base(String user) {
        Path base = baseFile(user);
        return Files.isRegularFile(base) ? Optional.of(read(base)) : Optional.empty();
    }

    /** A file of the user's draft, else of the active version; empty when neither has it. */
    public Optional<String> read(String user, String name) {
        Path inDraft = folder(user).resolve(name);
        Path inActive = rules.folder().resolve(name);
        Path path = Files.isRegularFile(inDraft) ? inDraft : inActive;
        return Files.isRegularFile(path) ? Optional.of(read(path)) : Optional.empty();
    }

    /** Writes a file into the user's draft, starting the draft from the active version if there is none. */
    public void write(String user, String name, String content) {
        Path dir = open(user);
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content.replace("\r\n", "\n"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The draft (else the active version) as a zip, for checking and publishing. */
    public byte[] zip(String user) {
        Path dir = folder(user);
        if (!Files.isDirectory(dir)) {
            return RuleFolder.zip(rules.folder());
        }
        return RuleFolder.zip(dir);
    }

    /** Every editable file of the draft (else of the active version), rules first, then fixtures. */
    public List<String> files(String user) {
        Path dir = Files.isDirectory(folder(user)) ? folder(user) : rules.folder();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> FILE.matcher(name).matches())
                    .sorted((a, b) -> a.startsWith("tests/") == b.startsWith("tests/") ? a.compareTo(b)
                            : a.startsWith("tests/") ? 1 : -1)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard(String user) {
        FileSystemUtils.deleteRecursively(folder(user).toFile());
        try {
            Files.deleteIfExists(baseFile(user));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path open(String user) {
        Path dir = folder(user);
        if (!Files.isDirectory(dir)) {
            try {
                RuleFolder.unzip(RuleFolder.zip(rules.folder()), dir);
                Files.writeString(baseFile(user), rules.get().version());
            } catch (RuleSetException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    private Path folder(String user) {
        return root.resolve(user.replaceAll("[^A-Za-z0-9._@-]", "_"));
    }

    /** Beside the draft, not in it: the version the draft started from. */
    private Path baseFile(String user) {
        return root.resolve(user.replaceAll("[^A-Za-z0-9._@-]", "_") + ".base");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
