package io.executionauditor.cli;

import io.executionauditor.importer.xlsx.TemplateWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes a blank canonical workbook with every sheet and a sheet explaining each column.")
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .xlsx file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try {
            new TemplateWriter().write(out);
        } catch (java.io.IOException e) {
            throw new UsageException("cannot write " + out + " (" + e.getMessage() + ")");
        }
        spec.commandLine().getOut().println("wrote " + out + ": fill in the Items sheet (the Columns sheet explains "
                + "every column), then run: audit " + out);
        return 0;
    }
}
