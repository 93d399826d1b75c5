package io.executionauditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.report.AuditReport.ScheduleResult;
import io.executionauditor.report.AuditReport.ScheduleRow;
import io.executionauditor.rules.RuleSetLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schedule-quality checks as every format shows them: a schedule gets the fourteen DCMA checks as a table of
 * metric against threshold, each check saying whether it breaks (its rule raised a finding), passes, or is not
 * applicable and why; a check whose rule the rule set lacks is not judged, never passing by default.
 */
class ScheduleReportTest {
    @TempDir
    static Path dir;
    static Audit audit;
    static Map<ReportFormat, byte[]> rendered = new EnumMap<>(ReportFormat.class);

    @BeforeAll
    static void auditTheSchedule() throws Exception {
        Path plan = SchedulePlan.write(dir.resolve("warehouse-move"));
        audit = new Auditor().audit(plan, SchedulePlan.AS_OF, new RuleSetLoader().load(Path.of("rules")));
        rendered.putAll(renderEveryFormat(audit));
    }

    @Test
    void theReportJudgesEachCheckByWhetherItsRuleRaisedAFinding() {
        AuditReport report = AuditReport.of(audit);

        assertThat(report.schedule().collapsed()).isFalse();
        assertThat(results(report.schedule().checks())).isEqualTo(SchedulePlan.RESULTS);
        ScheduleRow missed = row(report, "schedule.missed-tasks");
        assertThat(missed.title()).isEqualTo("Tasks that missed their baseline");
        assertThat(missed.metricText()).isEqualTo("40.0%");
        assertThat(missed.thresholdText()).isEqualTo("at most 5.0%");
        assertThat(missed.countsText()).isEqualTo("2 of 5");
        assertThat(missed.items()).containsExactly("T-03", "T-05");
        assertThat(report.findings().get(missed.finding() - 1).ruleId()).isEqualTo("schedule.missed-tasks");
        ScheduleRow constraints = row(report, "schedule.hard-constraints");
        assertThat(constraints.why()).isEqualTo("the plan records no constraints");
        assertThat(constraints.metricText()).isEmpty();
        assertThat(report.schedule().tally()).isEqualTo("14 checks: 4 break, 9 pass, 1 not applicable");
    }

    @Test
    void textShowsTheChecksAsACompactTable() {
        String text = text(ReportFormat.TEXT);

        assertThat(text).contains("Schedule quality (DCMA 14-point assessment): 14 checks: 4 break, 9 pass, "
                + "1 not applicable");
        Map<String, String> results = new LinkedHashMap<>();
        for (ScheduleRow row : AuditReport.of(audit).schedule().checks()) {
            String title = Pattern.quote(row.title().substring(0, Math.min(30, row.title().length())));
            Matcher line = Pattern.compile("(?m)^  " + title + ".*?  (BREAKS|passes|not applicable)$").matcher(text);
            assertThat(line.find()).as(row.ruleId()).isTrue();
            results.put(row.ruleId(), line.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(results).isEqualTo(SchedulePlan.RESULTS);
        assertThat(text).containsPattern("(?m)^  Tasks that missed their baseline +40\\.0%  at most 5\\.0% +BREAKS$")
                .contains("      2 of 5; tasks T-03, T-05; see finding ")
                .contains("      because the plan records no constraints");
        String table = text.substring(text.indexOf("Schedule quality"), text.indexOf("\n\n", text.indexOf(
                "Schedule quality")));
        assertThat(table.lines()).hasSizeGreaterThan(28).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(
                100));
    }

    @Test
    void markdownShowsTheChecksAsATable() {
        List<String> rows = text(ReportFormat.MD).lines().filter(line -> line.startsWith("| ") && line.contains(
                "`schedule.")).toList();

        assertThat(rows).hasSize(14);
        Map<String, String> results = new LinkedHashMap<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String id = cells[1].replaceAll(".*`(schedule\\.[a-z-]+)`.*", "$1");
            results.put(id, cells[5].replace("**", "").strip().split(" \\(|:")[0]);
        }
        assertThat(results).isEqualTo(SchedulePlan.RESULTS);
        assertThat(rows).contains("| Tasks that missed their baseline `schedule.missed-tasks` | 40.0% | at most 5.0% "
                + "| 2 of 5 | **breaks** (finding " + row(AuditReport.of(audit), "schedule.missed-tasks").finding()
                + ") | T-03, T-05 |");
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("| not applicable: the plan records no "
                + "constraints |"));
    }

    @Test
    void htmlShowsTheChecksWithBreaksPassesAndNotApplicableApart() {
        Document html = Jsoup.parse(text(ReportFormat.HTML));
        List<Element> rows = html.select("#schedule-checks table.checks tbody tr");

        assertThat(rows).hasSize(14);
        Map<String, String> results = new LinkedHashMap<>();
        for (Element row : rows) {
            Element result = row.selectFirst(".result");
            assertThat(row.className()).isEqualTo(result.className().replace("result ", ""));
            results.put(row.selectFirst(".rule-id").text(), result.text());
        }
        assertThat(results).isEqualTo(SchedulePlan.RESULTS);
        Element missed = rows.get(10);
        assertThat(missed.select("td").eachText()).containsExactly(
                "Tasks that missed their baseline schedule.missed-tasks", "40.0%", "at most 5.0%", "2 of 5",
                "breaks finding " + row(AuditReport.of(audit), "schedule.missed-tasks").finding(), "T-03, T-05");
        String target = missed.selectFirst("a").attr("href").substring(1);
        assertThat(html.getElementById(target).selectFirst(".rule").text()).isEqualTo("schedule.missed-tasks");
        assertThat(rows.get(4).select("td.why").text()).isEqualTo("the plan records no constraints");
        assertThat(html.select("style").html()).contains(".result.breaks").contains(".result.passes")
                .contains(".result.not-applicable");
    }

    @Test
    void pdfPrintsTheChecksTable() throws Exception {
        String pdf = pdfText(rendered.get(ReportFormat.PDF));

        assertThat(pdf).contains("Schedule quality (DCMA 14-point assessment)")
                .contains("Tasks that missed their baseline schedule.missed-tasks 40.0% at most 5.0% 2 of 5 breaks")
                .contains("Hard date constraints schedule.hard-constraints the plan records no constraints not "
                        + "applicable")
                .contains("Critical path length index too low schedule.cpli 1.051 at least 0.95 float 5 / 99 days "
                        + "passes");
    }

    @Test
    void xlsxHasAScheduleSheetWithOneRowPerCheckColouredByResult() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(rendered.get(ReportFormat.XLSX)))) {
            Sheet sheet = workbook.getSheet("Schedule");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Rule", "Check", "Metric", "Threshold", "Count", "Total", "Result",
                    "Why", "Finding", "Tasks");
            Map<String, String> results = new LinkedHashMap<>();
            Map<String, String> fills = new LinkedHashMap<>();
            DataFormatter format = new DataFormatter();
            for (int r = 1; r <= 14; r++) {
                Row row = sheet.getRow(r);
                results.put(row.getCell(0).getStringCellValue(), row.getCell(6).getStringCellValue());
                fills.put(row.getCell(6).getStringCellValue(), fill(row.getCell(6).getCellStyle()));
                for (int c : new int[] {0, 1, 2, 3, 6, 7, 9}) {
                    if (row.getCell(c) != null) {
                        assertThat(row.getCell(c).getCellType()).as("row %d column %d", r, c)
                                .isEqualTo(CellType.STRING);
                    }
                }
            }
            assertThat(results).isEqualTo(SchedulePlan.RESULTS);
            assertThat(fills.values()).doesNotHaveDuplicates();
            Row missed = sheet.getRow(11);
            assertThat(Stream.of(2, 3, 4, 5, 7, 9).map(c -> format.formatCellValue(missed.getCell(c))))
                    .containsExactly("40.0%", "at most 5.0%", "2", "5", "", "T-03, T-05");
            assertThat(format.formatCellValue(sheet.getRow(5).getCell(7))).isEqualTo("the plan records no constraints");
            assertThat(ReportFormatsTest.sheetText(workbook.getSheet("Summary")))
                    .contains("14 checks: 4 break, 9 pass, 1 not applicable; see the Schedule sheet");
        }
    }

    @Test
    void jsonAddsEveryCheckWithItsMeasures() throws Exception {
        JsonNode schedule = new ObjectMapper().readTree(rendered.get(ReportFormat.JSON)).at("/schedule");

        assertThat(schedule).hasSize(14);
        Map<String, String> results = new LinkedHashMap<>();
        schedule.forEach(check -> results.put(check.at("/ruleId").asText(), check.at("/result").asText()));
        assertThat(results).isEqualTo(SchedulePlan.RESULTS);
        JsonNode missed = schedule.get(10);
        assertThat(missed.toString()).isEqualTo("{\"ruleId\":\"schedule.missed-tasks\",\"title\":\"Tasks that "
                + "missed their baseline\",\"applicable\":true,\"notApplicableBecause\":null,\"metric\":40.0,"
                + "\"unit\":\"%\",\"threshold\":5.0,\"comparison\":\"at most\",\"count\":2,\"total\":5,"
                + "\"result\":\"breaks\",\"items\":[\"T-03\",\"T-05\"]}");
        JsonNode bei = schedule.get(13);
        assertThat(bei.at("/metric").asDouble()).isEqualTo(0.8);
        assertThat(bei.at("/comparison").asText()).isEqualTo("at least");
        JsonNode constraints = schedule.get(4);
        assertThat(constraints.at("/applicable").asBoolean()).isFalse();
        assertThat(constraints.at("/notApplicableBecause").asText()).isEqualTo("the plan records no constraints");
        assertThat(constraints.at("/metric").isNull()).isTrue();
        assertThat(constraints.at("/result").asText()).isEqualTo("not applicable");
    }

    @Test
    void csvStaysOneRowPerFinding() {
        String csv = text(ReportFormat.CSV);

        assertThat(csv.lines().count() - 1).isEqualTo(audit.findings().size());
        assertThat(csv).doesNotContain("passes").doesNotContain("not applicable");
    }

    @Test
    void aCheckWhoseRuleIsMissingIsNotJudgedRatherThanPassing(@TempDir Path rules) throws Exception {
        copyRulesWithout(rules, "schedule.cpli", "schedule.bei");
        Audit withoutRules = new Auditor().audit(dir.resolve("warehouse-move"), SchedulePlan.AS_OF,
                new RuleSetLoader().load(rules));
        Map<ReportFormat, byte[]> formats = renderEveryFormat(withoutRules);

        AuditReport report = AuditReport.of(withoutRules);
        Map<String, String> expected = new LinkedHashMap<>(SchedulePlan.RESULTS);
        expected.put("schedule.cpli", "not judged");
        expected.put("schedule.bei", "not judged");
        assertThat(results(report.schedule().checks())).isEqualTo(expected);
        ScheduleRow bei = row(report, "schedule.bei");
        assertThat(bei.title()).as("the DCMA's name, as no rule gives a title")
                .isEqualTo("Baseline execution index (BEI)");
        assertThat(bei.why()).isEqualTo("the rule set has no rule schedule.bei");
        assertThat(bei.metricText()).as("a rule set without the rule has no threshold to measure against").isEmpty();

        String text = new String(formats.get(ReportFormat.TEXT), StandardCharsets.UTF_8);
        assertThat(text).containsPattern("(?m)^  Baseline execution index \\(BEI\\) +not judged$")
                .contains("      because the rule set has no rule schedule.bei");
        Document html = Jsoup.parse(new String(formats.get(ReportFormat.HTML), StandardCharsets.UTF_8));
        assertThat(html.select("tr.not-judged .rule-id").eachText()).containsExactly("schedule.cpli",
                "schedule.bei");
        assertThat(html.select("tr.not-judged .why").eachText()).containsExactly(
                "the rule set has no rule schedule.cpli", "the rule set has no rule schedule.bei");
        assertThat(html.select("tr.not-judged .result").eachText()).containsOnly("not judged");
        assertThat(new String(formats.get(ReportFormat.MD), StandardCharsets.UTF_8))
                .contains("| not judged: the rule set has no rule schedule.bei |");
        JsonNode json = new ObjectMapper().readTree(formats.get(ReportFormat.JSON)).at("/schedule/13");
        assertThat(json.at("/ruleId").asText()).isEqualTo("schedule.bei");
        assertThat(json.at("/result").asText()).isEqualTo("not judged");
        assertThat(json.at("/applicable").isNull()).isTrue();
        assertThat(json.at("/metric").isNull()).isTrue();
        assertThat(pdfText(formats.get(ReportFormat.PDF))).contains("the rule set has no rule schedule.bei not judged");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(formats.get(ReportFormat.XLSX)))) {
            Row row = workbook.getSheet("Schedule").getRow(14);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("not judged");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("the rule set has no rule schedule.bei");
        }
    }

    /**
     * A copy of the shipped rules without the given schedule rules, as a coach who deleted them leaves it: the rules
     * gone from schedule.drl and their thresholds from thresholds.yaml (a rule set with one and not the other is
     * rejected).
     */
    private static void copyRulesWithout(Path target, String... ruleIds) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                String name = file.getFileName().toString();
                for (String ruleId : ruleIds) {
                    String removed = name.equals("schedule.drl")
                            ? text.replaceAll("(?s)rule \"" + Pattern.quote(ruleId) + "\".*?\nend\n", "")
                            : name.equals("thresholds.yaml")
                                    ? text.replaceAll("(?m)^  " + Pattern.quote(ruleId) + ":.*\n", "") : text;
                    assertThat(removed.equals(text)).as(name + " " + ruleId)
                            .isEqualTo(!name.equals("schedule.drl") && !name.equals("thresholds.yaml"));
                    text = removed;
                }
                Files.writeString(target.resolve(name), text);
            }
        }
    }

    static Map<ReportFormat, byte[]> renderEveryFormat(Audit audit) throws IOException {
        Map<ReportFormat, byte[]> formats = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(audit, out);
            formats.put(format, out.toByteArray());
        }
        return formats;
    }

    private static Map<String, String> results(List<ScheduleRow> rows) {
        Map<String, String> results = new LinkedHashMap<>();
        rows.forEach(row -> results.put(row.ruleId(), row.resultLabel()));
        return results;
    }

    private static ScheduleRow row(AuditReport report, String ruleId) {
        return report.schedule().checks().stream().filter(row -> row.ruleId().equals(ruleId)).findFirst()
                .orElseThrow();
    }

    /** The colour a result cell is filled with, or "none". */
    private static String fill(org.apache.poi.ss.usermodel.CellStyle style) {
        XSSFCellStyle xssf = (XSSFCellStyle) style;
        return xssf.getFillForegroundXSSFColor() == null ? "none" : xssf.getFillForegroundXSSFColor().getARGBHex();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String text(ReportFormat format) {
        return new String(rendered.get(format), StandardCharsets.UTF_8);
    }
}
