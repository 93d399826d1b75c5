package io.executionauditor.cli;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.report.ReportFormat;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import io.executionauditor.importer.project.PeriodGrain;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audits a plan (.xlsx workbook, .csv Items sheet, or a folder of per-sheet .csv files).")
final class AuditCommand implements Callable<Integer> {
    enum FailOn {
        info, warning, critical
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The plan to audit.")
    Path file;

    @Option(names = "--as-of", paramLabel = "yyyy-mm-dd",
            description = "The date the audit speaks for. Default: the plan's As of, else today.")
    LocalDate asOf;

    @Mixin
    RulesOption rules;

    @Option(names = "--periods", paramLabel = "GRAIN", converter = GrainConverter.class,
            completionCandidates = GrainConverter.class,
            description = "Periods for a plan without sprints (a project file): ${COMPLETION-CANDIDATES}. "
                    + "Default: months.")
    PeriodGrain periods = PeriodGrain.MONTHS;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatConverter.class,
            description = "Report format: ${COMPLETION-CANDIDATES}. Default: the --out file's extension, else text."
                    + " pdf and xlsx need --out.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write the report here instead of to the terminal.")
    Path out;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is this severe or worse: ${COMPLETION-CANDIDATES}.")
    FailOn failOn;

    @Override
    public Integer call() throws Exception {
        ReportFormat chosen = chosenFormat();
        Audit audit = audit();
        if (out == null) {
            chosen.write(audit, System.out);
        } else {
            Path partial = out.resolveSibling(out.getFileName() + ".partial");
            try {
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    chosen.write(audit, stream);
                }
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw new UsageException("cannot write " + out + " (" + e.getMessage() + ")");
            }
            spec.commandLine().getErr().println("wrote " + out);
        }
        if (failOn != null) {
            Severity threshold = Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
            if (audit.findings().stream().anyMatch(f -> f.severity().isAtLeast(threshold))) {
                return Main.FINDINGS;
            }
        }
        return 0;
    }

    /**
     * Reads the plan while the rule set loads on the other core (compiling it, or reading it from the cache, takes
     * about as long as reading a large workbook). A broken rule set is reported before an unreadable plan, as when
     * the two ran one after the other.
     */
    private Audit audit() throws Exception {
        FutureTask<RuleSet> loading = new FutureTask<>(rules::load);
        Thread loader = new Thread(loading, "rule-set-loader");
        loader.setDaemon(true);
        loader.start();
        ImportResult imported;
        try {
            imported = new PlanImporter().importPlan(file, periods);
        } catch (UnreadableInputException unreadable) {
            loaded(loading);
            throw unreadable;
        }
        return new Auditor().audit(imported, asOf, loaded(loading));
    }

    private static RuleSet loaded(FutureTask<RuleSet> loading) throws Exception {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The format asked for, else the one --out's extension names, else text; binary formats need a file. */
    private ReportFormat chosenFormat() throws UsageException {
        ReportFormat chosen = format;
        if (chosen == null) {
            chosen = out == null ? ReportFormat.TEXT
                    : ReportFormat.ofFileName(out.getFileName().toString()).orElse(ReportFormat.TEXT);
        }
        if (chosen.binary() && out == null) {
            throw new UsageException("--format " + chosen.id() + " writes a binary file: give it a name with --out"
                    + " (for example --out report." + chosen.extension() + ")");
        }
        return chosen;
    }

    /** Period grains by their names, as the help lists them. */
    static final class GrainConverter implements ITypeConverter<PeriodGrain>, Iterable<String> {
        @Override
        public PeriodGrain convert(String text) {
            return PeriodGrain.parse(text).orElseThrow(() -> new TypeConversionException("\"" + text
                    + "\" is not a period grain (expected " + String.join(" or ", this) + ")"));
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(PeriodGrain.values()).map(PeriodGrain::id).iterator();
        }
    }

    /** Formats by their lower-case names, as the help lists them. */
    static final class FormatConverter implements ITypeConverter<ReportFormat>, Iterable<String> {
        @Override
        public ReportFormat convert(String text) {
            for (ReportFormat candidate : ReportFormat.values()) {
                if (candidate.id().equalsIgnoreCase(text.trim())) {
                    return candidate;
                }
            }
            throw new TypeConversionException("\"" + text + "\" is not a report format (expected one of "
                    + String.join(", ", this) + ")");
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::id).iterator();
        }
    }
}
