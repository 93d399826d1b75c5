package io.executionauditor.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes, the text report, the JSON report, errors in one line. */
class CliTest {
    static final String PLAN = "rules/tests/ownership.shared-owner/fires-two-owners";

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void auditWritesTheJsonReportToAFile(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("audit.json");

        Run run = run("audit", PLAN, "--as-of", "2026-03-10", "--format", "json", "--out", report.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.at("/asOf").asText()).isEqualTo("2026-03-10");
        assertThat(json.at("/plan/items").asInt()).isEqualTo(5);
        assertThat(json.at("/ruleSet/rules").asInt()).isEqualTo(38);
        assertThat(json.at("/summary/healthScore").asInt()).isBetween(0, 100);
        assertThat(json.at("/findings")).anySatisfy(finding -> {
            assertThat(finding.at("/ruleId").asText()).isEqualTo("ownership.shared-owner");
            assertThat(finding.at("/subject/type").asText()).isEqualTo("item");
            assertThat(finding.at("/subject/id").asText()).isEqualTo("PAY-2");
            assertThat(finding.at("/evidence/ownerCount").asInt()).isEqualTo(3);
            assertThat(finding.at("/recommendation").asText()).contains("single owner");
        });
    }

    @Test
    void failOnExitsOneWhenAFindingIsThatSevere() {
        assertThat(run("audit", PLAN, "--as-of", "2026-03-10", "--fail-on", "warning", "--out",
                tempFile()).exitCode()).isEqualTo(1);
        assertThat(run("audit", PLAN, "--as-of", "2026-03-10", "--fail-on", "critical", "--out",
                tempFile()).exitCode()).isZero();
    }

    @Test
    void aJiraExportIsAuditedAndItsAssigneesAreNamed(@TempDir Path dir) throws IOException {
        String export = "src/test/resources/realdata/jira/fleetbase-lipu-jira-es.csv";
        Path report = dir.resolve("jira.txt");

        Run run = run("audit", export, "--format", "text", "--out", report.toString());
        Run failing = run("audit", export, "--fail-on", "critical", "--out", dir.resolve("again.txt").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(failing.exitCode()).as("34 unowned issues are critical").isEqualTo(1);
        String text = Files.readString(report);
        assertThat(text).contains("as of 2025-11-10").contains("105 items").contains("Salvador Gamboa")
                .contains("Jira export row 106, column Tipo de Incidencia: LIPU-2 (Epic) groups work");
    }

    @Test
    void aDamagedJiraExportIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        Path export = dir.resolve("export.csv");
        Files.writeString(export, "Summary,Issue key,Issue id\r\nOne,A-1,1\r\n\"Two,A-2,2\r\n");

        Run run = run("audit", export.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("export.csv").contains("row 3")
                .doesNotContain("Exception");
    }

    @Test
    void missingFileIsOneLineAndExitTwo() {
        Run run = run("audit", "no/such/plan.xlsx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("no/such/plan.xlsx").doesNotContain("Exception");
    }

    @Test
    void binaryFormatWithoutAFileIsAUsageErrorThatSaysSo() {
        Run run = run("audit", PLAN, "--format", "pdf");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("--format pdf").contains("--out");
    }

    @Test
    void unknownFormatListsTheFormatsThatExist() {
        Run run = run("audit", PLAN, "--format", "docx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\"docx\"").contains("text, json, html, pdf, xlsx, csv, md");
    }

    @Test
    void everyFormatIsWrittenToItsFileAndTheExtensionChoosesTheFormat(@TempDir Path dir) throws IOException {
        Map<String, String> starts = Map.of("txt", "Health ", "json", "{", "html", "<!DOCTYPE html>", "pdf", "%PDF-",
                "xlsx", "PK", "csv", "\uFEFFplan,asOf,severity", "md", "# Execution audit: ");
        for (Map.Entry<String, String> format : starts.entrySet()) {
            Path report = dir.resolve("report." + format.getKey());

            Run run = run("audit", PLAN, "--as-of", "2026-03-10", "--out", report.toString());

            assertThat(run.exitCode()).as(format.getKey()).isZero();
            assertThat(run.err()).contains("wrote " + report);
            String head = new String(Files.readAllBytes(report), 0, format.getValue().getBytes(UTF_8).length, UTF_8);
            assertThat(head).as(format.getKey()).isEqualTo(format.getValue());
        }
        assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith(".partial"));
    }

    @Test
    void explicitFormatWinsOverTheExtension(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.txt");

        assertThat(run("audit", PLAN, "--format", "md", "--out", report.toString()).exitCode()).isZero();

        assertThat(Files.readString(report)).startsWith("# Execution audit: ");
    }

    @Test
    void serveIsListedWithItsOptions() {
        Run run = run("serve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--port").contains("--data").contains("--rules");
    }

    @Test
    void brokenRuleSetExitsThreeNamingFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.drl"), "package bad;\nrule \"bad.one\"\nwhen\n  Nothing(\nthen\nend\n");

        Run run = run("rules", "validate", "--rules", dir.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("bad.drl:");
    }

    @Test
    void rulesListShowsEveryRuleWithItsThresholds() {
        Run run = run("rules", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("overcommitment.person-over-capacity").contains("warning-ratio 1, critical-ratio 1.2")
                .contains("38 rules");
    }

    @Test
    void templateWritesAWorkbookThatAuditsCleanly(@TempDir Path dir) {
        Path template = dir.resolve("plan.xlsx");

        assertThat(run("template", "--out", template.toString()).exitCode()).isZero();
        Run audit = run("audit", template.toString(), "--format", "json", "--out", dir.resolve("a.json").toString());

        assertThat(audit.exitCode()).isZero();
    }

    private static String tempFile() {
        try {
            Path file = Files.createTempFile("audit", ".txt");
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
