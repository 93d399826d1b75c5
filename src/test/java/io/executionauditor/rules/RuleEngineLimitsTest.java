package io.executionauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.WorkItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that loops ends its audit with a clear message, by the firing limit or by the time limit. */
class RuleEngineLimitsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);
    static final Plan PLAN = new Plan("loop", "loop.csv", AS_OF, EstimateUnit.POINTS, List.of(), List.of(),
            List.of(WorkItem.builder("L-1").owners("Ana").build()), List.of(), List.of());

    @TempDir
    static Path dir;
    static RuleSet looping;

    @BeforeAll
    static void loadALoopingRule() throws Exception {
        Files.writeString(dir.resolve("loop.drl"), "package loop;\nimport io.executionauditor.rules.facts.*;\n"
                + "global io.executionauditor.rules.FindingSink findings;\n"
                + "rule \"loop.forever\"\n  @id(\"loop.forever\") @category(\"loop\") @severity(\"info\") @title(\"t\")\n"
                + "  @description(\"d\") @message(\"m\") @recommendation(\"r\")\n"
                + "when\n  $i : ItemFact()\nthen\n  update($i);\nend\n");
        looping = new RuleSetLoader().load(dir);
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedByTheFiringLimit() {
        assertThatThrownBy(() -> new RuleEngine(10_000, Duration.ofSeconds(60)).evaluate(looping, PLAN, AS_OF))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("fired 10000 times without finishing")
                .hasMessageContaining("a rule probably loops");
    }

    @Test
    void aRuleThatRunsTooLongIsStoppedByTheTimeLimit() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> new RuleEngine(Integer.MAX_VALUE, Duration.ofMillis(500))
                .evaluate(looping, PLAN, AS_OF)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("ran for more than 0.5 s on this plan without finishing");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
