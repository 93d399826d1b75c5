package io.executionauditor.cli;

import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetException;
import io.executionauditor.rules.RuleSetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --rules DIR} option shared by commands. Without it, the first of: {@code ./rules}; a {@code rules}
 * folder beside the jar or beside the folder holding it (so {@code target/execution-auditor.jar} finds the
 * repository's rules from anywhere); the rule set shipped inside the jar.
 */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (.drl files and thresholds.yaml). "
            + "Default: ./rules, else the rules folder beside the jar, else the rules shipped in the jar.")
    Path dir;

    /** The folder in use, found once (finding the bundled rules copies them out of the jar). */
    Path resolve() throws UsageException {
        if (dir == null) {
            dir = find();
        }
        return dir;
    }

    private static Path find() throws UsageException {
        for (Path candidate : defaultFolders()) {
            if (Files.isRegularFile(candidate.resolve(RuleSetLoader.THRESHOLDS_FILE))) {
                return candidate;
            }
        }
        Path bundled = BundledRules.extract();
        if (bundled != null) {
            return bundled;
        }
        throw new UsageException("no rules folder: there is no ./rules here and none beside the jar; pass --rules DIR");
    }

    RuleSet load() throws UsageException, RuleSetException {
        return new RuleSetLoader().load(resolve());
    }

    private static List<Path> defaultFolders() {
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of("rules"));
        Path jar = BundledRules.runningJar();
        if (jar != null && jar.getParent() != null) {
            folders.add(jar.getParent().resolve("rules"));
            if (jar.getParent().getParent() != null) {
                folders.add(jar.getParent().getParent().resolve("rules"));
            }
        }
        return folders;
    }
}
