package io.executionauditor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.cli.CliTest.Run;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real project file audits from the command line, and says what it read and skipped. */
class ProjectFilesCliTest {
    @TempDir
    Path dir;

    static List<Path> realFiles() throws URISyntaxException, IOException {
        Path folder = Path.of(ProjectFilesCliTest.class.getResource("/realdata/project").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void auditsWithFindingsAndTheImportReport(Path file) throws IOException {
        Path report = dir.resolve("report.md");
        Run run = CliTest.run("audit", file.toString(), "--fail-on", "critical", "--out", report.toString());

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(Files.readString(report)).contains(file.getFileName().toString()).contains("**Health ")
                .contains("| Tasks |");
    }

    @Test
    void weeksAreAnOptionAndAnUnknownGrainIsAUsageError() throws Exception {
        Path plan = realFiles().stream().filter(f -> f.toString().endsWith("bug1.mpp")).findFirst().orElseThrow();

        Path report = dir.resolve("weeks.md");
        assertThat(CliTest.run("audit", plan.toString(), "--periods", "weeks", "--out", report.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(report)).contains("2003-W06");
        Run wrong = CliTest.run("audit", plan.toString(), "--periods", "fortnights");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("months or weeks");
    }
}
