package io.executionauditor.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule file may use, checked before it is compiled: DRL is code, and coaches' code runs inside the server.
 * A rule may import the fact model, the rules' helpers, {@code java.time} and {@code java.util} (not its
 * concurrency, logging, preferences, jar or zip parts), declare only the {@code findings} global, and its
 * conditions, consequences and functions may not reach the system, files, the network, threads, processes,
 * reflection or class loading, nor loop except over a collection (for-each). Every problem is reported with file,
 * line and column.
 */
final class RuleSandbox {
    private static final List<String> ALLOWED_IMPORTS = List.of("io.executionauditor.rules.facts.",
            "io.executionauditor.rules.Subject", "io.executionauditor.rules.Evidence",
            "io.executionauditor.rules.Phrases", "io.executionauditor.rules.FindingSink",
            "io.executionauditor.rules.Severity", "io.executionauditor.plan.",
            "java.time.", "java.util.", "java.lang.Math", "java.lang.String", "java.lang.Integer",
            "java.lang.Long", "java.lang.Double", "java.lang.Boolean");
    private static final List<String> FORBIDDEN_UTIL = List.of("java.util.concurrent", "java.util.logging",
            "java.util.prefs", "java.util.jar", "java.util.zip", "java.util.spi", "java.util.ServiceLoader");

    private static final Pattern IMPORT = Pattern.compile("(?m)^[ \\t]*import\\s+(?:static\\s+|function\\s+)?"
            + "([\\w.]+(?:\\.\\*)?)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package\\s+[\\w.]+");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^[ \\t]*global\\s+([\\w.]+)\\s+(\\w+)");
    /** A qualified name of a package outside the allowed ones, used directly in code. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b((?:java|javax|jdk|sun|com|org|net|io|kotlin|groovy)\\.[a-z]\\w*(?:\\.\\w+)*)");

    /** Names and calls that reach outside the audit, with what they are, for the message. */
    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden("\\bSystem\\b", "the system (System)"),
            new Forbidden("\\bRuntime\\b", "the runtime (Runtime)"),
            new Forbidden("\\bProcess(?:Builder|Handle)?\\b", "processes"),
            new Forbidden("\\b(?:Thread|ThreadGroup|ThreadLocal|InheritableThreadLocal|Executors?|ExecutorService"
                    + "|ForkJoinPool|CompletableFuture|Timer|TimerTask)\\b", "threads"),
            new Forbidden("\\bsynchronized\\b|\\.(?:wait|notify|notifyAll)\\s*\\(", "threads"),
            new Forbidden("\\b(?:File|Files|Paths|Path|FileSystems?|RandomAccessFile|FileInputStream|FileOutputStream"
                    + "|FileReader|FileWriter|PrintWriter|PrintStream|InputStream|OutputStream|Reader|Writer"
                    + "|ObjectInputStream|ObjectOutputStream|Scanner|Console)\\b", "files"),
            new Forbidden("\\b(?:Socket|ServerSocket|DatagramSocket|URL|URLConnection|HttpURLConnection|HttpClient"
                    + "|InetAddress|URLClassLoader)\\b", "the network"),
            new Forbidden("\\b(?:Class|ClassLoader|Method|Field|Constructor|MethodHandles?|Proxy|Unsafe"
                    + "|ScriptEngine|ScriptEngineManager|SecurityManager|ModuleLayer|StackWalker)\\b",
                    "reflection or class loading"),
            new Forbidden("\\.\\s*(?:getClass|getClassLoader|forName|loadClass|getMethods?|getDeclared\\w*|getFields?"
                    + "|getConstructors?|newInstance|setAccessible|invoke)\\s*\\(", "reflection or class loading"),
            new Forbidden("\\b(?:getKieRuntime|getKnowledgeRuntime|getWorkingMemory|getKieBase|getRuleBase)\\b",
                    "the rules engine itself"),
            new Forbidden("\\bwhile\\s*\\(|\\bdo\\s*\\{|\\bfor\\s*\\([^:)]*;", "a loop that may not end (only "
                    + "for-each over a collection is allowed)"));

    private record Problem(int offset, String message) {
    }

    private record Forbidden(Pattern pattern, String what) {
        Forbidden(String regex, String what) {
            this(Pattern.compile(regex), what);
        }
    }

    private RuleSandbox() {
    }

    /** Every construct the file may not use, as {@code file:line:column: message}. */
    static List<String> check(Path file, String source) {
        String code = blankStringsAndComments(source);
        List<String> problems = new ArrayList<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String target = imports.group(1);
            if (!importAllowed(target)) {
                problems.add(at(file, source, imports.start(1)) + ": import " + target + " is not allowed (rules "
                        + "may import the fact model, java.time and java.util)");
            }
        }
        Matcher globals = GLOBAL.matcher(code);
        while (globals.find()) {
            if (!globals.group(1).endsWith("FindingSink") || !globals.group(2).equals("findings")) {
                problems.add(at(file, source, globals.start()) + ": global " + globals.group(1) + " "
                        + globals.group(2) + " is not allowed (the only global is FindingSink findings)");
            }
        }
        String body = IMPORT.matcher(GLOBAL.matcher(code).replaceAll(m -> " ".repeat(m.group().length())))
                .replaceAll(m -> " ".repeat(m.group().length()));
        body = PACKAGE.matcher(body).replaceAll(m -> " ".repeat(m.group().length()));
        List<Problem> found = new ArrayList<>();
        List<int[]> reported = new ArrayList<>();
        Matcher qualified = QUALIFIED.matcher(body);
        while (qualified.find()) {
            if (!importAllowed(qualified.group(1) + ".")) {
                found.add(new Problem(qualified.start(1), qualified.group(1) + " is outside what rules may use (the "
                        + "fact model, java.time and java.util)"));
                reported.add(new int[] {qualified.start(1), qualified.end(1)});
            }
        }
        for (Forbidden forbidden : FORBIDDEN) {
            Matcher use = forbidden.pattern().matcher(body);
            while (use.find()) {
                int at = use.start();
                if (reported.stream().noneMatch(range -> at >= range[0] && at < range[1])) {
                    found.add(new Problem(at, "\"" + use.group().trim() + "\" is not allowed in rules: it reaches "
                            + forbidden.what()));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Problem::offset));
        found.forEach(problem -> problems.add(at(file, source, problem.offset()) + ": " + problem.message()));
        return problems;
    }

    private static boolean importAllowed(String target) {
        if (FORBIDDEN_UTIL.stream().anyMatch(target::startsWith)) {
            return false;
        }
        return ALLOWED_IMPORTS.stream().anyMatch(allowed -> allowed.endsWith(".") ? target.startsWith(allowed)
                : target.equals(allowed) || target.startsWith(allowed + "."));
    }

    /**
     * The source with the contents of string literals and comments replaced by spaces (line breaks kept), so
     * offsets still point into the original and words in messages or comments are not mistaken for code.
     */
    static String blankStringsAndComments(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                blank(out, i + 1, Math.min(end, source.length()));
                i = end + 1;
            } else if (source.startsWith("//", i) || source.startsWith("#", i) && lineStart(source, i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                blank(out, i, end);
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                blank(out, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static boolean lineStart(String source, int i) {
        int j = i - 1;
        while (j >= 0 && (source.charAt(j) == ' ' || source.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || source.charAt(j) == '\n';
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int k = from; k < to && k < out.length(); k++) {
            if (out.charAt(k) != '\n') {
                out.setCharAt(k, ' ');
            }
        }
    }

    private static String at(Path file, String source, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < offset; k++) {
            if (source.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return file + ":" + line + ":" + (offset - lineStart + 1);
    }
}
