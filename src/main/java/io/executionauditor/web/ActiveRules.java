package io.executionauditor.web;

import io.executionauditor.fixtures.FixtureException;
import io.executionauditor.fixtures.FixtureLoader;
import io.executionauditor.fixtures.FixtureResult;
import io.executionauditor.fixtures.FixtureRunner;
import io.executionauditor.fixtures.RuleFixture;
import io.executionauditor.rules.RuleFolder;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetException;
import io.executionauditor.rules.RuleSetLoader;
import io.executionauditor.store.RuleSetStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rule set audits run with. The active version lives in the database; on first start the rules folder the
 * server was given becomes version one. Publishing validates a draft, runs its fixture tests, stores it as a new
 * version and swaps it in atomically: an audit already running keeps the rule set it started with, and every
 * audit records the version it ran.
 */
@Component
public class ActiveRules {
    private final RuleSetStore store;
    private final Path unpacked;
    private final AtomicReference<RuleSet> active = new AtomicReference<>();
    private final AtomicReference<Path> activeFolder = new AtomicReference<>();

    public ActiveRules(@Value("${execution-auditor.rules}") Path folder, @Value("${execution-auditor.data}") Path data,
            RuleSetStore store) throws RuleSetException {
        this.store = store;
        this.unpacked = data.resolve("rulesets");
        var published = store.active();
        if (published.isPresent()) {
            Path dir = unpack(store.content(published.get().id()).orElseThrow(), published.get().version());
            active.set(new RuleSetLoader().load(dir));
            activeFolder.set(dir);
        } else {
            RuleSet shipped = new RuleSetLoader().load(folder);
            store.publish(shipped.version(), RuleFolder.zip(folder), "system", "the rule set the server started with",
                    Instant.now());
            active.set(shipped);
            activeFolder.set(folder);
        }
    }

    /** The folder of the active version's files (.drl, thresholds.yaml, tests/), to read, never to write. */
    public Path folder() {
        return activeFolder.get();
    }

    /** What checking a draft found: the rule set it compiles to, or why not, and each fixture's outcome. */
    public record Check(RuleSet ruleSet, List<String> problems, List<FixtureResult> fixtures) {
        public boolean publishable() {
            return ruleSet != null && problems.isEmpty() && fixtures.stream().allMatch(FixtureResult::passed);
        }

        public long failedFixtures() {
            return fixtures.stream().filter(f -> !f.passed()).count();
        }
    }

    /** Compiles a draft rules folder (a zip) and runs its fixtures, publishing nothing. */
    public Check check(byte[] draft) {
        Path dir = null;
        Path root = null;
        try {
            dir = Files.createTempDirectory("draft-rules");
            RuleFolder.unzip(draft, dir);
            root = rootOf(dir);
            RuleSet candidate = new RuleSetLoader().load(root);
            return new Check(candidate, List.of(), fixtureResults(candidate, root.resolve("tests")));
        } catch (RuleSetException e) {
            // the draft's temporary folder means nothing to a coach: file names alone, with line and column
            String prefix = root == null ? "" : root.toString() + java.io.File.separator;
            return new Check(null, e.problems().stream().map(p -> p.replace(prefix, "")).toList(), List.of());
        } catch (Refused e) {
            return new Check(null, e.problems(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                org.springframework.util.FileSystemUtils.deleteRecursively(dir.toFile());
            }
        }
    }

    public RuleSet get() {
        return active.get();
    }

    /** Why a draft was not published: its validation problems or its failing fixtures. */
    public static final class Refused extends Exception {
        private final List<String> problems;

        Refused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * Publishes the rules folder {@code draft} (as a zip) when it compiles, passes the sandbox and every fixture
     * under its {@code tests/}; returns the new active rule set.
     */
    public synchronized RuleSet publish(byte[] draft, String user, String note) throws Refused {
        Check check = check(draft);
        if (!check.problems().isEmpty()) {
            throw new Refused(check.problems());
        }
        List<String> failures = check.fixtures().stream().filter(f -> !f.passed())
                .map(f -> "fixture failed: " + f.describe().replaceAll("\\s*\\n\\s*", " ").strip()).toList();
        if (!failures.isEmpty()) {
            throw new Refused(failures);
        }
        RuleSet candidate = check.ruleSet();
        try {
            Path dir = unpack(draft, candidate.version());
            Path root = rootOf(dir);
            store.publish(candidate.version(), RuleFolder.zip(root), user, note == null ? "" : note.strip(),
                    Instant.now());
            activeFolder.set(root);
        } catch (RuleSetException e) {
            throw new Refused(e.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        active.set(candidate);
        return candidate;
    }

    private static List<FixtureResult> fixtureResults(RuleSet ruleSet, Path tests) throws Refused {
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        List<RuleFixture> fixtures;
        try {
            fixtures = new FixtureLoader().load(tests);
        } catch (FixtureException e) {
            throw new Refused(List.of("fixture: " + e.getMessage()));
        }
        FixtureRunner runner = new FixtureRunner();
        List<FixtureResult> results = new ArrayList<>();
        for (RuleFixture fixture : fixtures) {
            FixtureResult result = runner.run(ruleSet, fixture);
            results.add(result);
            if (result.errors().stream().anyMatch(error -> error.contains("probably loops"))) {
                break; // every other fixture would loop the same way: one is enough to refuse the draft
            }
        }
        return results;
    }

    /** A zip of a rules folder may hold the files at its top or inside one folder (a zipped "rules" folder). */
    private static Path rootOf(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            List<Path> all = entries.toList();
            if (all.size() == 1 && Files.isDirectory(all.get(0))) {
                return all.get(0);
            }
        }
        return dir;
    }

    private Path unpack(byte[] content, String version) throws RuleSetException {
        Path dir = unpacked.resolve(version);
        RuleFolder.unzip(content, dir);
        return dir;
    }
}
