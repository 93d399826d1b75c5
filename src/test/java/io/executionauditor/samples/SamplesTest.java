package io.executionauditor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.importer.ImportIssue;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.RuleInfo;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample plans under samples/: each imports cleanly, and together they make every rule of the catalogue fire.
 * The workbooks must also say what their sources say (samples/sources/), and the MS Project schedule what its
 * builder writes ({@link ScheduleSampleBuilder}), so a forgotten rebuild shows up here.
 */
class SamplesTest {
    static final Path SAMPLES = Path.of("samples");
    static final Path SOURCES = SAMPLES.resolve("sources");

    /**
     * The as-of date of samples that cannot carry one (a lone Items CSV has no Plan sheet); without it they would be
     * audited on today's date and their findings would change from day to day. samples/README.md gives the same date.
     */
    static final Map<String, LocalDate> AS_OF = Map.of("website-relaunch.csv", LocalDate.of(2026, 11, 23),
            "floppy-bird.gan", LocalDate.of(2017, 3, 20));

    static RuleSet ruleSet;
    static final Map<String, Audit> audits = new TreeMap<>();

    @BeforeAll
    static void auditEverySample() throws Exception {
        ruleSet = new RuleSetLoader().load(Path.of("rules"));
        for (Path file : sampleFiles()) {
            String name = file.getFileName().toString();
            audits.put(name, new Auditor().audit(file, AS_OF.get(name), ruleSet));
        }
    }

    /**
     * The plans in samples/: every .xlsx, .csv, .gan, .mpp and .xml (MS Project XML) file (the scripts, README and
     * sources folder are not plans).
     */
    static List<Path> sampleFiles() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".xlsx") || name.endsWith(".csv") || name.endsWith(".gan") || name.endsWith(".mpp")
                        || name.endsWith(".xml");
            }).sorted().toList();
        }
    }

    @Test
    void thereAreSamplesInEveryInputForm() {
        assertThat(audits.keySet()).anyMatch(name -> name.endsWith(".xlsx")).anyMatch(name -> name.endsWith(".csv"));
        assertThat(audits.values()).extracting(audit -> audit.plan().estimateUnit().name())
                .contains("HOURS", "DAYS", "POINTS");
    }

    @Test
    void everySampleImportsWithoutErrors() {
        audits.forEach((name, audit) -> assertThat(audit.importReport().issues())
                .as("import errors in samples/" + name)
                .filteredOn(issue -> issue.level() == ImportIssue.Level.ERROR).isEmpty());
    }

    @Test
    void everySampleSpeaksForAFixedDate() throws Exception {
        for (Path file : sampleFiles()) {
            String name = file.getFileName().toString();
            LocalDate own = new PlanImporter().importPlan(file).plan().asOf();
            assertThat(own != null || AS_OF.containsKey(name))
                    .as("samples/" + name + " has no As of: give it a Plan sheet or an entry in AS_OF").isTrue();
        }
    }

    @Test
    void everySampleHasFindings() {
        audits.forEach((name, audit) -> assertThat(audit.findings()).as("findings of samples/" + name).isNotEmpty());
    }

    @Test
    void theSamplesTogetherFireEveryRule() {
        Set<String> fired = audits.values().stream().flatMap(audit -> audit.findings().stream())
                .map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> catalogue = ruleSet.catalogue().stream().map(RuleInfo::id)
                .collect(Collectors.toCollection(TreeSet::new));
        catalogue.removeAll(fired);
        assertThat(catalogue).as("rules no sample makes fire (fired: " + fired + ")").isEmpty();
    }

    @Test
    void everyWorkbookSaysWhatItsSourceSays() throws Exception {
        List<Path> sources = SampleWorkbooks.workbookSources(SOURCES);
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            String workbook = source.getFileName() + ".xlsx";
            assertThat(audits).as("samples/" + workbook + " (rebuild it: see samples/README.md)")
                    .containsKey(workbook);
            Audit fromSource = new Auditor().audit(source, null, ruleSet);
            assertThat(findingsOf(audits.get(workbook)))
                    .as("samples/" + workbook + " against samples/sources/" + source.getFileName()
                            + " (rebuild it: see samples/README.md)")
                    .isEqualTo(findingsOf(fromSource));
            assertThat(audits.get(workbook).plan().items()).hasSameSizeAs(fromSource.plan().items());
        }
    }

    @Test
    void theScheduleSampleIsWhatItsBuilderWrites() throws Exception {
        assertThat(audits).containsKey(ScheduleSampleBuilder.SAMPLE.getFileName().toString());
        assertThat(Files.readString(ScheduleSampleBuilder.SAMPLE))
                .as(ScheduleSampleBuilder.SAMPLE + " (rebuild it: see samples/README.md)")
                .isEqualTo(new String(ScheduleSampleBuilder.build(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<String> findingsOf(Audit audit) {
        return audit.findings().stream().map(f -> f.ruleId() + " " + f.subject() + ": " + f.message()).sorted()
                .toList();
    }
}
