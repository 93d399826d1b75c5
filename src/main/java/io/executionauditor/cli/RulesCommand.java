package io.executionauditor.cli;

import io.executionauditor.fixtures.FixtureLoader;
import io.executionauditor.fixtures.FixtureResult;
import io.executionauditor.fixtures.FixtureRunner;
import io.executionauditor.fixtures.RuleFixture;
import io.executionauditor.rules.RuleInfo;
import io.executionauditor.rules.RuleSet;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists, validates and tests the rule set.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Validate.class, RulesCommand.Test.class})
final class RulesCommand {

    /** A rules subcommand: loads the rule set named by --rules, then does its work on it. */
    abstract static class OnRuleSet implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        RulesOption rules;

        @Override
        public Integer call() throws Exception {
            return run(rules.load(), spec.commandLine().getOut());
        }

        abstract Integer run(RuleSet ruleSet, PrintWriter out) throws Exception;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every rule: id, category, severity, title and the thresholds in force.")
    static final class ListRules extends OnRuleSet {
        @Override
        Integer run(RuleSet ruleSet, PrintWriter out) {
            out.printf("%-46s %-9s %s%n", "RULE", "SEVERITY", "TITLE / THRESHOLDS");
            for (RuleInfo rule : ruleSet.catalogue()) {
                out.printf("%-46s %-9s %s%n", rule.id(), rule.severity().id(), rule.title());
                for (String line : ruleSet.thresholds().describe(rule.id())) {
                    out.printf("%-46s %-9s %s%n", "", "", line);
                }
            }
            out.printf("%n%d rules, rule set %s%n", ruleSet.rules().size(), ruleSet.version());
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Compiles the rule set and checks metadata and thresholds; exit 3 with every problem.")
    static final class Validate extends OnRuleSet {
        @Override
        Integer run(RuleSet ruleSet, PrintWriter out) {
            out.printf("rule set %s is valid: %d rules%n", ruleSet.version(), ruleSet.rules().size());
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Runs every fixture under <rules>/tests; exit 3 when any fails.")
    static final class Test extends OnRuleSet {
        @Override
        Integer run(RuleSet ruleSet, PrintWriter out) throws Exception {
            List<RuleFixture> fixtures = new FixtureLoader().load(rules.resolve().resolve("tests"));
            FixtureRunner runner = new FixtureRunner();
            int failed = 0;
            for (RuleFixture fixture : fixtures) {
                FixtureResult result = runner.run(ruleSet, fixture);
                out.print(result.describe());
                failed += result.passed() ? 0 : 1;
            }
            out.printf("%n%d passed, %d failed%n", fixtures.size() - failed, failed);
            return failed == 0 ? 0 : Main.BAD_RULES;
        }
    }
}
