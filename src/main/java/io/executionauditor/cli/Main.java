package io.executionauditor.cli;

import io.executionauditor.fixtures.FixtureException;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.rules.RuleSetException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code audit}, {@code rules} and {@code template} never start the web context; {@code serve} does. */
@Command(name = "execution-auditor", mixinStandardHelpOptions = true, version = "Execution Auditor 0.1",
        description = "Audits a plan's execution health with rules coaches author.",
        subcommands = {AuditCommand.class, RulesCommand.class, TemplateCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:findings at or above --fail-on", "2:unreadable input or usage error",
                "3:invalid rule set, or the rule set exceeded its firing limit", "4:internal error (a bug)"})
public final class Main {
    static final int FINDINGS = 1;
    static final int BAD_INPUT = 2;
    static final int BAD_RULES = 3;
    static final int INTERNAL = 4;

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Throwable e) {
            // errors (out of memory, a class mismatch) bypass picocli's handler: still one line, never a trace
            System.err.println("internal error: " + e + " (this is a bug; please report it with the input that "
                    + "caused it)");
            code = INTERNAL;
        }
        System.exit(code);
    }

    /** The configured command line, also used by tests with their own writers. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.registerConverter(java.time.LocalDate.class, Main::date);
        commandLine.setExecutionExceptionHandler(Main::handle);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out,
                java.nio.charset.StandardCharsets.UTF_8), true));
        return commandLine;
    }

    /** A date option as people write it, with a message that says what was expected. */
    static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("\"" + text + "\" is not a date (expected yyyy-mm-dd)");
        }
    }

    /** A usage mistake: the problem and where to read more, not the whole usage text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("error: " + e.getMessage());
        err.println("Try: execution-auditor " + e.getCommandLine().getCommandSpec().qualifiedName(" ")
                .replaceFirst("^execution-auditor ?", "") + " --help");
        return BAD_INPUT;
    }

    /** The one place where failures become exit codes: one clear line for a user's mistake, never a stack trace. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UnreadableInputException) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof RuleSetException rules) {
            err.println("invalid rule set:");
            rules.problems().forEach(problem -> err.println("  " + problem));
            return BAD_RULES;
        }
        if (e instanceof FixtureException) {
            err.println("invalid rule fixture: " + e.getMessage());
            return BAD_RULES;
        }
        if (e instanceof UsageException) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        err.println("internal error: " + e + " (this is a bug; please report it with the input that caused it)");
        return INTERNAL;
    }
}
