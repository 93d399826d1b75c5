package io.executionauditor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.RuleSetLoader;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's plans, written as workbooks and audited by the real pipeline, raise exactly the findings the
 * generator says it planted: the benchmark's findings check rests on this.
 */
class PlanGeneratorTest {
    static final PlanShape SMALL = new PlanShape(5_000, 100, 26, 15_000, 500, 7);

    @TempDir
    static Path dir;
    static GeneratedPlan plan;
    static Audit audit;

    @BeforeAll
    static void auditASmallGeneratedPlan() throws Exception {
        plan = PlanGenerator.generate(SMALL);
        Path file = dir.resolve(SMALL.fileName());
        PlanWorkbookWriter.write(plan, file);
        audit = new Auditor().audit(file, null, new RuleSetLoader().load(Path.of("rules")));
    }

    @Test
    void theWorkbookHoldsThePlanAsShaped() {
        assertThat(audit.importReport().issues()).isEmpty();
        assertThat(audit.plan().items()).hasSize(SMALL.items());
        assertThat(audit.plan().people()).hasSize(SMALL.people());
        assertThat(audit.plan().periods()).hasSize(SMALL.periods());
        assertThat(audit.plan().updates()).hasSize(SMALL.updates());
        assertThat(audit.plan().changes()).hasSize(SMALL.changes());
        assertThat(audit.asOf()).isEqualTo(plan.asOf());
    }

    @Test
    void everyPlantedAntiPatternIsFoundAndNothingElse() {
        Map<String, Integer> found = new TreeMap<>();
        ExpectedFindings.RULES.forEach(rule -> found.put(rule, 0));
        for (Finding finding : audit.findings()) {
            found.merge(finding.ruleId(), 1, Integer::sum);
        }
        assertThat(found).isEqualTo(plan.expected());
    }

    @Test
    void everyKindOfAntiPatternIsPlanted() {
        assertThat(plan.expected()).allSatisfy((rule, count) -> {
            if (!rule.equals("overcommitment.team-over-capacity")) {
                assertThat(count).as(rule).isPositive();
            }
        });
    }

    @Test
    void theSameShapeAndSeedGiveTheSamePlanAndAnotherSeedAnother() {
        assertThat(rows(PlanGenerator.generate(SMALL))).isEqualTo(rows(plan));
        PlanShape otherSeed = new PlanShape(SMALL.items(), SMALL.people(), SMALL.periods(), SMALL.updates(),
                SMALL.changes(), SMALL.seed() + 1);
        assertThat(rows(PlanGenerator.generate(otherSeed))).isNotEqualTo(rows(plan));
    }

    private static List<String> rows(GeneratedPlan generated) {
        return generated.items().stream().map(item -> String.join("|", item.key, item.title, item.type,
                item.owners.toString(), item.status, item.priority, String.valueOf(item.estimate),
                String.valueOf(item.actual), String.valueOf(item.due), String.valueOf(item.added),
                item.dependsOn.toString())).toList();
    }
}
