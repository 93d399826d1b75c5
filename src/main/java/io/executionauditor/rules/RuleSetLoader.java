package io.executionauditor.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Builds a {@link RuleSet} from a rules folder: every {@code .drl} file and {@code thresholds.yaml}. Collects every
 * problem (compile errors, duplicate ids, missing metadata, thresholds a rule uses but the file does not define)
 * before failing, each naming file and line.
 */
public final class RuleSetLoader {
    public static final String THRESHOLDS_FILE = "thresholds.yaml";
    static final List<String> REQUIRED_METADATA = List.of("id", "category", "severity", "title", "description",
            "message", "recommendation");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern THRESHOLD_USE = Pattern.compile(
            "Threshold\\s*\\(\\s*ruleId\\s*==\\s*\"([^\"]+)\"\\s*,\\s*name\\s*==\\s*\"([^\"]+)\"");

    private final List<String> problems = new ArrayList<>();
    private final CompiledRuleCache cache;

    public RuleSetLoader() {
        this(CompiledRuleCache.inUserHome());
    }

    RuleSetLoader(CompiledRuleCache cache) {
        this.cache = cache;
    }

    public RuleSet load(Path rulesDir) throws RuleSetException {
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleSetException(rulesDir + ": not a folder (expected a rules folder with .drl files and "
                    + THRESHOLDS_FILE + ")");
        }
        List<Path> drlFiles = drlFiles(rulesDir);
        if (drlFiles.isEmpty()) {
            throw new RuleSetException(rulesDir + ": no .drl files");
        }
        problems.clear();
        MessageDigest digest = sha256();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, List<String[]>> thresholdUses = new LinkedHashMap<>();
        Map<Path, String> sources = new LinkedHashMap<>();
        for (Path file : drlFiles) {
            String source = read(file);
            sources.put(file, source);
            List<String> unsafe = RuleSandbox.check(file, source);
            if (!unsafe.isEmpty()) {
                problems.addAll(unsafe);
                sources.remove(file);
            }
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(source.getBytes(StandardCharsets.UTF_8));
            if (!collectMetadata(file, source, rules, thresholdUses)) {
                sources.remove(file);
            }
        }
        Path thresholdsFile = rulesDir.resolve(THRESHOLDS_FILE);
        Thresholds thresholds = Thresholds.none();
        if (Files.exists(thresholdsFile)) {
            try {
                thresholds = new ThresholdsLoader(rules.keySet(), null).load(thresholdsFile);
            } catch (RuleSetException e) {
                problems.addAll(e.problems());
            }
        }
        checkThresholdUses(thresholdUses, thresholds, thresholdsFile);
        String drlDigest = HexFormat.of().formatHex(digest.digest());
        Collection<KiePackage> packages = problems.isEmpty() ? cache.read(drlDigest) : null;
        if (packages == null) {
            packages = compile(rulesDir, sources);
            if (problems.isEmpty()) {
                cache.write(drlDigest, packages);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        digest.update(drlDigest.getBytes(StandardCharsets.UTF_8));
        if (Files.exists(thresholdsFile)) {
            digest.update(read(thresholdsFile).getBytes(StandardCharsets.UTF_8));
        }
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(packages);
        return new RuleSet(version, kieBase, rules, thresholds);
    }

    /**
     * Compiles the files in two halves, one per core, each half whole packages; a rule set that does not compile
     * that way (an error, or a package using a type another one declares) is compiled again in one piece, so what
     * is reported is what compiling everything together reports.
     */
    private Collection<KiePackage> compile(Path rulesDir, Map<Path, String> sources) {
        List<Map<Path, String>> halves = halvesByPackage(sources);
        if (halves.get(1).isEmpty()) {
            return compileTogether(rulesDir, sources);
        }
        FutureTask<KnowledgeBuilder> second = new FutureTask<>(() -> build(halves.get(1)));
        Thread compiler = new Thread(second, "rule-compiler");
        compiler.setDaemon(true);
        compiler.start();
        KnowledgeBuilder first = build(halves.get(0));
        try {
            KnowledgeBuilder other = second.get();
            if (!first.hasErrors() && !other.hasErrors()) {
                List<KiePackage> packages = new ArrayList<>(first.getKnowledgePackages());
                packages.addAll(other.getKnowledgePackages());
                return packages;
            }
        } catch (ExecutionException e) {
            // compiled together below, which reports the problem as usual
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return compileTogether(rulesDir, sources);
    }

    /** The files split in two of about the same size, the files of one package always on the same side. */
    private static List<Map<Path, String>> halvesByPackage(Map<Path, String> sources) {
        Map<String, Map<Path, String>> packages = new LinkedHashMap<>();
        sources.forEach((file, source) -> {
            Matcher declared = PACKAGE.matcher(source);
            packages.computeIfAbsent(declared.find() ? declared.group(1) : "", p -> new LinkedHashMap<>())
                    .put(file, source);
        });
        List<Map<Path, String>> halves = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
        long[] sizes = new long[2];
        packages.values().stream()
                .sorted(Comparator.comparingLong((Map<Path, String> files) -> length(files)).reversed())
                .forEach(files -> {
                    int smaller = sizes[0] <= sizes[1] ? 0 : 1;
                    halves.get(smaller).putAll(files);
                    sizes[smaller] += length(files);
                });
        return halves;
    }

    private static long length(Map<Path, String> files) {
        return files.values().stream().mapToLong(String::length).sum();
    }

    private static KnowledgeBuilder build(Map<Path, String> sources) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        sources.forEach((file, source) -> builder.add(ResourceFactory.newByteArrayResource(
                source.getBytes(StandardCharsets.UTF_8)).setSourcePath(file.getFileName().toString()),
                ResourceType.DRL));
        return builder;
    }

    private Collection<KiePackage> compileTogether(Path rulesDir, Map<Path, String> sources) {
        KnowledgeBuilder builder = build(sources);
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String where = error.getResource() == null ? rulesDir.toString()
                    : rulesDir.resolve(error.getResource().getSourcePath()).toString();
            int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
            problems.add(where + (line > 0 ? ":" + line : "") + ": " + oneLine(error.getMessage()));
        }
        return builder.getKnowledgePackages();
    }

    /** Reads the rules' metadata; false when the file does not even parse (its errors are then reported). */
    private boolean collectMetadata(Path file, String source, Map<String, RuleInfo> rules,
            Map<String, List<String[]>> thresholdUses) {
        PackageDescr descr;
        DrlParser parser = new DrlParser();
        try {
            descr = parser.parse(false, source);
        } catch (DroolsParserException e) {
            problems.add(file + ": " + oneLine(e.getMessage()));
            return false;
        }
        for (DroolsError error : parser.getErrors()) {
            int[] lines = error.getLines();
            problems.add(file + (lines != null && lines.length > 0 ? ":" + lines[0] : "") + ": "
                    + oneLine(error.getMessage()));
        }
        if (descr == null || parser.hasErrors()) {
            return false;
        }
        for (RuleDescr rule : descr.getRules()) {
            String where = file + ":" + rule.getLine() + ":" + (rule.getColumn() + 1);
            Map<String, String> meta = new LinkedHashMap<>();
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                Object value = annotation.getSingleValueStripped();
                meta.put(annotation.getName(), value == null ? "" : value.toString());
            }
            List<String> missing = REQUIRED_METADATA.stream().filter(k -> meta.getOrDefault(k, "").isBlank())
                    .toList();
            if (!missing.isEmpty()) {
                problems.add(where + ": rule \"" + rule.getName() + "\" lacks @" + String.join(", @", missing));
                continue;
            }
            if (!meta.get("id").equals(rule.getName())) {
                problems.add(where + ": rule \"" + rule.getName() + "\" has @id(" + meta.get("id")
                        + "); the rule's name must be its id");
                continue;
            }
            if (!meta.get("id").startsWith(meta.get("category") + ".")) {
                problems.add(where + ": rule \"" + rule.getName() + "\" is in @category(" + meta.get("category")
                        + ") but its id does not start with \"" + meta.get("category") + ".\"");
            }
            Severity severity = Severity.parse(meta.get("severity")).orElse(null);
            if (severity == null) {
                problems.add(where + ": rule \"" + rule.getName() + "\" has @severity(" + meta.get("severity")
                        + "); expected critical, warning or info");
                continue;
            }
            if (rules.containsKey(rule.getName())) {
                RuleInfo first = rules.get(rule.getName());
                problems.add(where + ": duplicate rule id \"" + rule.getName() + "\" (first at " + first.file() + ":"
                        + first.line() + ")");
                continue;
            }
            rules.put(rule.getName(), new RuleInfo(rule.getName(), meta.get("category"), severity,
                    meta.get("title"), meta.get("description"), meta.get("message"), meta.get("recommendation"),
                    file.toString(), rule.getLine()));
            thresholdUses.put(rule.getName(), new ArrayList<>());
            Matcher inSource = THRESHOLD_USE.matcher(ruleText(source, rule));
            while (inSource.find()) {
                thresholdUses.get(rule.getName()).add(new String[] {inSource.group(1), inSource.group(2), where});
            }
        }
        return true;
    }

    /** A rule that matches a threshold the file does not define would silently never fire: that is an error. */
    private void checkThresholdUses(Map<String, List<String[]>> uses, Thresholds thresholds, Path file) {
        uses.forEach((rule, list) -> {
            for (String[] use : list) {
                if (!thresholds.defaultsOf(use[0]).containsKey(use[1])) {
                    problems.add(use[2] + ": rule \"" + rule + "\" uses threshold " + use[0] + " " + use[1]
                            + ", which " + file + " does not define under defaults");
                }
            }
        });
    }

    private static String ruleText(String source, RuleDescr rule) {
        int start = Math.max(0, rule.getStartCharacter());
        int end = rule.getEndCharacter() > start ? Math.min(source.length(), rule.getEndCharacter() + 1)
                : source.length();
        return source.substring(start, end);
    }

    private static List<Path> drlFiles(Path dir) throws RuleSetException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new RuleSetException(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    private static String read(Path file) throws RuleSetException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleSetException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String oneLine(String message) {
        return message == null ? "error" : message.replaceAll("\\s*\\n\\s*", " ").trim();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
