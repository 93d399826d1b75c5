package io.executionauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coaches' DRL runs inside the server: what it may not touch is refused before it compiles, with its place. */
class RuleSandboxTest {
    static final String HEAD = "package sandbox;\nimport io.executionauditor.rules.facts.*;\n"
            + "global io.executionauditor.rules.FindingSink findings;\n";

    private static List<String> check(String drl) {
        return RuleSandbox.check(Path.of("sandbox.drl"), drl);
    }

    private static String rule(String consequence) {
        return HEAD + "rule \"sandbox.r\"\n  @id(\"sandbox.r\")\nwhen\n  $i : ItemFact()\nthen\n  " + consequence
                + "\nend\n";
    }

    @Test
    void theShippedRulesAreSafe() throws Exception {
        try (var files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                assertThat(RuleSandbox.check(file, Files.readString(file))).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void systemFilesNetworkThreadsProcessesAndReflectionAreRefusedAtTheirPlace() {
        assertThat(check(rule("System.exit(1);"))).containsExactly(
                "sandbox.drl:9:3: \"System\" is not allowed in rules: it reaches the system (System)");
        assertThat(check(rule("java.nio.file.Files.writeString(null, \"x\");"))).singleElement().asString()
                .startsWith("sandbox.drl:9:3: java.nio.file.Files.writeString is outside what rules may use");
        assertThat(check(rule("new FileWriter(\"/tmp/x\");"))).singleElement().asString().contains("reaches files");
        assertThat(check(rule("new java.net.Socket(\"h\", 80);"))).singleElement().asString()
                .contains("java.net.Socket");
        assertThat(check(rule("new Thread(() -> {}).start();"))).singleElement().asString().contains("threads");
        assertThat(check(rule("Runtime.getRuntime().exec(\"ls\");"))).singleElement().asString()
                .contains("the runtime");
        assertThat(check(rule("new ProcessBuilder(\"ls\").start();"))).singleElement().asString()
                .contains("processes");
        assertThat(check(rule("$i.getClass().getClassLoader();"))).hasSize(2)
                .allMatch(problem -> problem.contains("reflection or class loading"));
        assertThat(check(rule("while (true) { }"))).singleElement().asString().contains("a loop that may not end");
        assertThat(check(rule("for (int k = 0; k < 10; k++) { }"))).singleElement().asString().contains("loop");
    }

    @Test
    void importsAndGlobalsOutsideTheFactModelAreRefused() {
        List<String> problems = check("package sandbox;\nimport java.io.File;\nimport java.util.concurrent.Executors;\n"
                + "import java.util.List;\nimport java.time.LocalDate;\nglobal java.util.List leak;\n");

        assertThat(problems).containsExactly(
                "sandbox.drl:2:8: import java.io.File is not allowed (rules may import the fact model, java.time and "
                        + "java.util)",
                "sandbox.drl:3:8: import java.util.concurrent.Executors is not allowed (rules may import the fact "
                        + "model, java.time and java.util)",
                "sandbox.drl:6:1: global java.util.List leak is not allowed (the only global is FindingSink findings)");
    }

    @Test
    void wordsInTextsAndCommentsAndForEachLoopsAreFine() {
        assertThat(check(rule("// System.exit(1) would be wrong\n  /* new Thread() */\n"
                + "  for (String key : java.util.List.of(\"System.exit\")) { findings.add(\"x\"); }"))).isEmpty();
    }

    @Test
    void theLoaderRefusesAnUnsafeRuleSetListingEveryProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("evil.drl"), rule("System.exit(1);\n  new java.io.File(\"x\").delete();"));

        assertThatThrownBy(() -> new RuleSetLoader().load(dir)).isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems()).anyMatch(p -> p.contains("evil.drl:9:3"))
                        .anyMatch(p -> p.contains("evil.drl:10:7: java.io.File")));
    }
}
