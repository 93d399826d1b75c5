package io.executionauditor.bench;

import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetLoader;
import java.nio.file.Path;

/**
 * Times loading a rules folder in a fresh JVM: {@code new RuleSetLoader().load(dir)}, Drools' class loading
 * included, as a command-line audit pays it. With an empty {@code EXECUTION_AUDITOR_CACHE} folder the rule set is
 * compiled (cold); run again on the same folder, it is read back from the compiled-rules cache.
 *
 * <p>Usage: {@code CompileTimer RULES_DIR}; prints {@code compile-ms=N} and what was loaded.
 */
public final class CompileTimer {

    private CompileTimer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: CompileTimer RULES_DIR");
            System.exit(2);
        }
        long start = System.nanoTime();
        RuleSet ruleSet = new RuleSetLoader().load(Path.of(args[0]));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("compile-ms=%d (%d rules, version %s)%n", millis, ruleSet.rules().size(),
                ruleSet.version());
    }
}
