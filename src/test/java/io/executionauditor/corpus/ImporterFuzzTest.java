package io.executionauditor.corpus;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.importer.UnreadableInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

/**
 * Fuzz tests of the importers with Jazzer: whatever the bytes, an import ends in a plan with its report or in an
 * {@link UnreadableInputException} whose message is one line naming the file; any other exception, an error, or an
 * import slower than {@link #SLOW_SECONDS} is a finding.
 *
 * <p>In every build they run as regression tests over the seeds (and past findings) under
 * {@code src/test/resources/io/executionauditor/corpus/ImporterFuzzTestInputs/<method>}, and each is fuzzed for a
 * few seconds by the fuzz-* executions in pom.xml. To fuzz one for longer (one per run; findings are written to
 * its inputs folder, where they stay as regression tests once committed):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn test -Dtest='ImporterFuzzTest#workbookParts' -Djazzer.max_duration=10m
 * </pre>
 */
@Tag("bad-input")
class ImporterFuzzTest {
    /** An import of a small input that takes longer than this is a finding: something loops or explodes. */
    static final long SLOW_SECONDS = 30;
    private static final Map<String, AtomicLong> EXECUTIONS = new ConcurrentHashMap<>();
    private static final long STARTED = System.nanoTime();
    private static final Path FOLDER = folder();

    /** CSV files: the canonical Items sheet and Jira exports (the importer tells them apart by the header). */
    @FuzzTest(maxDuration = "10s")
    void csvFiles(byte[] input) {
        importing(input, "fuzz.csv", "csvFiles");
    }

    /** Workbooks: the bytes are the parts of an .xlsx as text ({@link WorkbookParts}), zipped before reading. */
    @FuzzTest(maxDuration = "10s")
    void workbookParts(byte[] input) {
        importing(WorkbookParts.zip(input), "fuzz.xlsx", "workbookParts");
    }

    /** Project files and anything else, as bytes: the importer recognises the format by content. */
    @FuzzTest(maxDuration = "10s")
    void projectFiles(byte[] input) {
        importing(input, "fuzz.mpp", "projectFiles");
    }

    private static void importing(byte[] bytes, String name, String target) {
        EXECUTIONS.computeIfAbsent(target, t -> new AtomicLong()).incrementAndGet();
        Path file = FOLDER.resolve(target + "-" + Thread.currentThread().getId());
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        try {
            ImportResult result = new PlanImporter().importPlan(file, name);
            Objects.requireNonNull(result.plan(), "plan");
            Objects.requireNonNull(result.report(), "report");
        } catch (UnreadableInputException e) {
            String message = e.getMessage();
            if (message == null || !message.contains(name) || message.contains("\n") || message.contains("\r")) {
                throw new AssertionError("an unreadable input's message must be one line naming " + name + ": "
                        + message, e);
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        if (seconds > SLOW_SECONDS) {
            throw new AssertionError("importing " + bytes.length + " bytes took " + seconds + " s");
        }
    }

    /** How much each target ran, for the build log: the figure a fuzzing budget is judged by. */
    @AfterAll
    static void report() {
        double seconds = (System.nanoTime() - STARTED) / 1e9;
        EXECUTIONS.forEach((target, count) -> System.out.printf("ImporterFuzzTest#%s: %d executions in %.1f s "
                + "(%.0f/s)%n", target, count.get(), seconds, count.get() / seconds));
        try (var files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }

    private static Path folder() {
        try {
            Path folder = Files.createTempDirectory("importer-fuzz");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
