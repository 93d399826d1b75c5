package io.executionauditor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.importer.ImportIssue;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Plans written blind from DESIGN.md alone (never from the rules), with every anti-pattern of the catalogue planted
 * and near misses beside them: each plan must produce exactly the findings and import issues listed in
 * {@code expected.txt}, no more and no fewer.
 */
class AcceptancePlansTest {
    static final Path DIR = Path.of("src/test/resources/acceptance");
    static RuleSet ruleSet;

    @BeforeAll
    static void loadRules() throws Exception {
        ruleSet = new RuleSetLoader().load(Path.of("rules"));
    }

    record Expected(String asOf, Set<String> findings, Set<String> importIssues) {
    }

    @TestFactory
    Stream<DynamicTest> everyPlantedFindingIsFoundAndNothingElse() throws IOException {
        Map<String, Expected> plans = expectations();
        assertThat(plans).as("plans in expected.txt").hasSizeGreaterThanOrEqualTo(4);
        return plans.entrySet().stream().map(plan -> DynamicTest.dynamicTest(plan.getKey(), () -> {
            Expected expected = plan.getValue();
            Audit audit = new Auditor().audit(DIR.resolve(plan.getKey()),
                    expected.asOf().isEmpty() ? null : LocalDate.parse(expected.asOf()), ruleSet);
            Set<String> found = new TreeSet<>();
            audit.findings().forEach(f -> found.add(String.join("|", f.ruleId(), f.subject().id(),
                    f.subject().period() == null ? "" : f.subject().period(), f.severity().id())));
            Set<String> issues = new TreeSet<>();
            for (ImportIssue issue : audit.importReport().issues()) {
                issues.add(issue.sheet() + "|" + issue.row() + "|" + issue.column());
            }
            assertThat(found).as("findings of " + plan.getKey()).isEqualTo(expected.findings());
            assertThat(issues).as("import issues of " + plan.getKey()).isEqualTo(expected.importIssues());
        }));
    }

    /** expected.txt: {@code plan|as-of|rule|subject|period|severity}, or {@code IMPORT|plan|sheet|row|column}. */
    static Map<String, Expected> expectations() throws IOException {
        Map<String, Expected> plans = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("expected.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\\|", -1);
            if (f[0].equals("IMPORT")) {
                plans.computeIfAbsent(f[1], p -> new Expected("", new TreeSet<>(), new TreeSet<>())).importIssues()
                        .add(f[2] + "|" + f[3] + "|" + f[4]);
            } else {
                plans.computeIfAbsent(f[0], p -> new Expected(f[1], new TreeSet<>(), new TreeSet<>())).findings()
                        .add(String.join("|", f[2], f[3], f[4], f[5]));
            }
        }
        return plans;
    }
}
