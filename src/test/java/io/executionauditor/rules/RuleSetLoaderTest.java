package io.executionauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetLoaderTest {
    static final Path RULES = Path.of("rules");

    @Test
    void shippedRuleSetCompilesWithTheWholeCatalogue() throws Exception {
        RuleSet ruleSet = new RuleSetLoader().load(RULES);

        assertThat(ruleSet.rules()).hasSize(38);
        assertThat(ruleSet.catalogue()).extracting(RuleInfo::category).containsOnly("overcommitment", "ownership",
                "communication", "deprioritization", "optimism", "dependencies", "alignment", "investment", "schedule");
        assertThat(ruleSet.version()).hasSize(12);
    }

    @Test
    void compileErrorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), """
                package broken;
                global io.executionauditor.rules.FindingSink findings;
                rule "broken.rule"
                    @id("broken.rule") @category("broken") @severity("warning") @title("t") @description("d")
                    @message("m") @recommendation("r")
                when
                    NoSuchFact()
                then
                end
                """);

        assertThatThrownBy(() -> new RuleSetLoader().load(dir)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("broken.drl:7");
    }

    @Test
    void missingMetadataAndDuplicateIdsAreReportedTogether(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.drl"), """
                package a;
                rule "a.one"
                    @id("a.one") @category("a") @severity("warning")
                when
                then
                end
                rule "a.two"
                    @id("a.two") @category("a") @severity("warning") @title("t") @description("d")
                    @message("m") @recommendation("r")
                when
                then
                end
                """);
        Files.writeString(dir.resolve("b.drl"), """
                package b;
                rule "a.two"
                    @id("a.two") @category("a") @severity("warning") @title("t") @description("d")
                    @message("m") @recommendation("r")
                when
                then
                end
                """);

        assertThatThrownBy(() -> new RuleSetLoader().load(dir)).isInstanceOfSatisfying(RuleSetException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("a.drl:2")
                        .contains("lacks @title, @description, @message, @recommendation"))
                        .anySatisfy(p -> assertThat(p).contains("b.drl:2").contains("duplicate rule id \"a.two\"")
                                .contains("a.drl:7")));
    }

    @Test
    void ruleUsingAnUndefinedThresholdIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.drl"), """
                package a;
                import io.executionauditor.rules.facts.*;
                rule "a.one"
                    @id("a.one") @category("a") @severity("warning") @title("t") @description("d")
                    @message("m") @recommendation("r")
                when
                    Threshold(ruleId == "a.one", name == "max-items", team == "")
                then
                end
                """);
        Files.writeString(dir.resolve("thresholds.yaml"), "defaults:\n  a.one: {max-things: 3}\n");

        assertThatThrownBy(() -> new RuleSetLoader().load(dir)).isInstanceOfSatisfying(RuleSetException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("a.drl:3")
                        .contains("uses threshold a.one max-items")));
    }
}
