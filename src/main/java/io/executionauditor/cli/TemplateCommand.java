package io.executionauditor.cli;

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
        throw new UsageException("template is not available in this build yet");
    }
}
