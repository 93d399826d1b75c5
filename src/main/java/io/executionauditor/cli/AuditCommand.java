package io.executionauditor.cli;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.report.json.JsonReportWriter;
import io.executionauditor.report.text.TextReportWriter;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audits a plan (.xlsx workbook, .csv Items sheet, or a folder of per-sheet .csv files).")
final class AuditCommand implements Callable<Integer> {
    enum Format {
        text, json
    }

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

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write the report here instead of to the terminal.")
    Path out;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is this severe or worse: ${COMPLETION-CANDIDATES}.")
    FailOn failOn;

    @Override
    public Integer call() throws Exception {
        RuleSet ruleSet = rules.load();
        Audit audit = new Auditor().audit(file, asOf, ruleSet);
        if (out == null) {
            write(audit, System.out);
        } else {
            try (OutputStream stream = Files.newOutputStream(out)) {
                write(audit, stream);
            } catch (IOException e) {
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

    private void write(Audit audit, OutputStream stream) throws IOException {
        if (format == Format.json) {
            new JsonReportWriter().write(audit, stream);
            stream.write('\n');
            stream.flush();
        } else {
            PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            new TextReportWriter().write(audit, writer);
            writer.flush();
        }
    }
}
