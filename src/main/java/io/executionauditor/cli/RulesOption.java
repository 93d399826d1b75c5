package io.executionauditor.cli;

import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetException;
import io.executionauditor.rules.RuleSetLoader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --rules DIR} option shared by commands. Without it: {@code ./rules} when it exists, else the
 * {@code rules} folder beside the folder holding the jar (so {@code target/execution-auditor.jar} finds the
 * repository's rules from anywhere).
 */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (.drl files and thresholds.yaml). "
            + "Default: ./rules, else the rules folder of the installation.")
    Path dir;

    Path resolve() throws UsageException {
        if (dir != null) {
            return dir;
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(local)) {
            return local;
        }
        Path installed = installationRules();
        if (installed != null && Files.isDirectory(installed)) {
            return installed;
        }
        throw new UsageException("no rules folder: there is no ./rules here; pass --rules DIR");
    }

    RuleSet load() throws UsageException, RuleSetException {
        return new RuleSetLoader().load(resolve());
    }

    private static Path installationRules() {
        try {
            Path jar = Path.of(RulesOption.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path home = Files.isDirectory(jar) ? jar.getParent() : jar.getParent().getParent();
            return home == null ? null : home.resolve("rules");
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
