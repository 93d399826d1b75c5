package io.executionauditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.RuleSetLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One audit rendered in every format: each lists the same findings (rule, subject, period) and shows the same
 * health score, so a report forwarded as PDF and one opened as XLSX tell the same story.
 */
class ReportFormatsTest {
    static final Path PLAN = Path.of("samples/payments-q3.xlsx");

    static Audit audit;
    static Map<ReportFormat, byte[]> rendered = new EnumMap<>(ReportFormat.class);

    @BeforeAll
    static void renderEveryFormat() throws Exception {
        audit = new Auditor().audit(PLAN, null, new RuleSetLoader().load(Path.of("rules")));
        for (ReportFormat format : ReportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(audit, out);
            rendered.put(format, out.toByteArray());
        }
    }

    @Test
    void theSamplePlanHasFindingsOfEverySeverity() {
        assertThat(audit.findings()).extracting(Finding::severity).contains(io.executionauditor.rules.Severity.values());
    }

    @Test
    void everyFormatListsTheSameFindings() throws Exception {
        List<String> expected = audit.findings().stream()
                .map(f -> key(f.ruleId(), f.subject().type().id() + " " + f.subject().id()
                        + (f.subject().period() == null ? "" : " (" + f.subject().period() + ")")))
                .sorted().toList();

        assertThat(sorted(fromJson())).as("json").isEqualTo(expected);
        assertThat(sorted(fromCsv())).as("csv").isEqualTo(expected);
        assertThat(sorted(fromHtml())).as("html").isEqualTo(expected);
        assertThat(sorted(fromMarkdown())).as("md").isEqualTo(expected);
        assertThat(sorted(fromText())).as("text").isEqualTo(expected);
        assertThat(sorted(fromXlsx())).as("xlsx").isEqualTo(expected);
        assertThat(ruleIdsInPdf()).as("pdf").isEqualTo(expected.stream().map(k -> k.split(" \\| ")[0]).sorted()
                .toList());
    }

    @Test
    void everyFormatButTheFindingsCsvShowsTheScoreWithItsBreakdown() throws Exception {
        int score = audit.healthScore().score();
        int penalty = audit.healthScore().penalty();
        int allowance = audit.healthScore().allowance();

        assertThat(text(ReportFormat.TEXT)).contains("Health " + score + "/100").contains("penalty " + penalty)
                .contains("allowance " + allowance);
        JsonNode json = new ObjectMapper().readTree(rendered.get(ReportFormat.JSON));
        assertThat(json.at("/summary/healthScore").asInt()).isEqualTo(score);
        assertThat(json.at("/health/penalty").asInt()).isEqualTo(penalty);
        assertThat(json.at("/health/allowance").asInt()).isEqualTo(allowance);
        assertThat(json.at("/health/weights/critical").asInt()).isEqualTo(10);
        Document html = Jsoup.parse(text(ReportFormat.HTML));
        assertThat(html.select(".score-color").text()).isEqualTo(String.valueOf(score));
        assertThat(html.select(".breakdown").text()).contains("Penalty P " + penalty).contains(" " + allowance);
        assertThat(text(ReportFormat.MD)).contains("**Health " + score + "/100").contains("Penalty P = " + penalty)
                .contains("= " + allowance + ";");
        assertThat(pdfText()).contains(score + "/100").contains("Penalty P " + penalty);
        try (XSSFWorkbook workbook = xlsx()) {
            String summary = sheetText(workbook.getSheet("Summary"));
            assertThat(summary).contains(String.valueOf(score)).contains(String.valueOf(penalty))
                    .contains(String.valueOf(allowance));
        }
    }

    @Test
    void aSprintPlanGetsOneLineSayingTheScheduleChecksDoNotApplyInEveryFormat() throws Exception {
        String line = "The schedule-quality checks (DCMA 14-point assessment) do not apply, because the plan is not a "
                + "schedule: it carries no durations, baselines or float.";

        assertThat(text(ReportFormat.TEXT).replaceAll("\\s+", " ")).contains(line)
                .doesNotContain("Schedule quality (DCMA");
        assertThat(text(ReportFormat.MD)).contains("\n" + line + "\n").doesNotContain("| Check |");
        Document html = Jsoup.parse(text(ReportFormat.HTML));
        assertThat(html.select("#schedule-checks").text()).isEqualTo(line);
        assertThat(html.select("table.checks")).isEmpty();
        assertThat(pdfText().replaceAll("\\s+", " ")).contains(line);
        try (XSSFWorkbook workbook = xlsx()) {
            assertThat(workbook.getSheet("Schedule")).isNull();
            assertThat(sheetText(workbook.getSheet("Summary"))).contains("Schedule quality\t" + line);
        }
        JsonNode schedule = new ObjectMapper().readTree(rendered.get(ReportFormat.JSON)).at("/schedule");
        assertThat(schedule).as("the JSON keeps every check for tools").hasSize(14).allSatisfy(check -> {
            assertThat(check.at("/applicable").asBoolean()).isFalse();
            assertThat(check.at("/result").asText()).isEqualTo("not applicable");
            assertThat(check.at("/notApplicableBecause").asText()).isEqualTo("the plan is not a schedule: it carries "
                    + "no durations, baselines or float");
        });
    }

    @Test
    void htmlIsSelfContained() {
        Document html = Jsoup.parse(text(ReportFormat.HTML));

        assertThat(html.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(html.select("[src]")).isEmpty();
        assertThat(html.select("[href]")).allSatisfy(link -> assertThat(link.attr("href")).startsWith("#"));
        assertThat(html.select("style").html()).doesNotContain("url(").doesNotContain("@import");
        assertThat(html.select("[href]")).allSatisfy(link ->
                assertThat(html.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull());
    }

    @Test
    void htmlShowsTheLoadOfEveryPersonInEveryPeriod() {
        Document html = Jsoup.parse(text(ReportFormat.HTML));
        Element heat = html.selectFirst("table.heat");

        assertThat(heat.select("thead th")).hasSize(1 + audit.load().periods().size());
        assertThat(heat.select("tbody tr")).hasSize(audit.load().rows().size());
        assertThat(heat.select("td.load-far-over, td.load-over")).isNotEmpty();
    }

    @Test
    void pdfIsPaginatedWithPageNumbers() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(rendered.get(ReportFormat.PDF))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages()).contains(audit.plan().name());
        }
    }

    private static List<String> fromJson() throws Exception {
        List<String> keys = new ArrayList<>();
        for (JsonNode finding : new ObjectMapper().readTree(rendered.get(ReportFormat.JSON)).at("/findings")) {
            JsonNode subject = finding.at("/subject");
            keys.add(key(finding.at("/ruleId").asText(), subject.at("/type").asText() + " " + subject.at("/id").asText()
                    + (subject.has("period") ? " (" + subject.at("/period").asText() + ")" : "")));
        }
        return keys;
    }

    private static List<String> fromCsv() throws Exception {
        List<String> keys = new ArrayList<>();
        String csv = text(ReportFormat.CSV);
        assertThat(csv).startsWith("\uFEFF");
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(csv.substring(1)))) {
            String period = row.get("period");
            keys.add(key(row.get("ruleId"), row.get("subjectType") + " " + row.get("subject")
                    + (period.isEmpty() ? "" : " (" + period + ")")));
        }
        return keys;
    }

    private static List<String> fromHtml() {
        List<String> keys = new ArrayList<>();
        for (Element finding : Jsoup.parse(text(ReportFormat.HTML)).select("div.finding")) {
            keys.add(key(finding.selectFirst(".rule").text(), finding.selectFirst(".subject").text()));
        }
        return keys;
    }

    private static List<String> fromMarkdown() {
        return matches(text(ReportFormat.MD), Pattern.compile("(?m)^\\*(.+?)\\*.* · `([^`]+)`$"), 2, 1);
    }

    private static List<String> fromText() {
        return matches(text(ReportFormat.TEXT), Pattern.compile("(?m)^    - (.+?): .* \\[([a-z.-]+)\\]$"), 2, 1);
    }

    private static List<String> fromXlsx() throws Exception {
        List<String> keys = new ArrayList<>();
        try (XSSFWorkbook workbook = xlsx()) {
            Sheet findings = workbook.getSheet("Findings");
            Map<String, Integer> columns = new java.util.HashMap<>();
            findings.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
            DataFormatter format = new DataFormatter();
            for (Row row : findings) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String period = format.formatCellValue(row.getCell(columns.get("Period")));
                keys.add(key(format.formatCellValue(row.getCell(columns.get("Rule"))),
                        format.formatCellValue(row.getCell(columns.get("Subject type"))) + " "
                                + format.formatCellValue(row.getCell(columns.get("Subject")))
                                + (period.isEmpty() ? "" : " (" + period + ")")));
            }
        }
        return keys;
    }

    private static List<String> ruleIdsInPdf() throws Exception {
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\b[a-z]+\\.[a-z]+(?:-[a-z]+)*\\b").matcher(pdfText());
        java.util.Set<String> known = new java.util.HashSet<>();
        audit.rules().forEach(rule -> known.add(rule.id()));
        while (matcher.find()) {
            if (known.contains(matcher.group())) {
                ids.add(matcher.group());
            }
        }
        return ids.stream().sorted().toList();
    }

    private static String pdfText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(rendered.get(ReportFormat.PDF))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static XSSFWorkbook xlsx() throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(rendered.get(ReportFormat.XLSX)));
    }

    static String sheetText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        sheet.forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append('\t')));
        return text.toString();
    }

    private static List<String> matches(String text, Pattern pattern, int ruleGroup, int subjectGroup) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            keys.add(key(matcher.group(ruleGroup), matcher.group(subjectGroup).replaceAll("\\\\(\\p{Punct})", "$1")));
        }
        return keys;
    }

    private static String text(ReportFormat format) {
        return new String(rendered.get(format), StandardCharsets.UTF_8);
    }

    private static String key(String ruleId, String subject) {
        return ruleId + " | " + subject;
    }

    private static List<String> sorted(List<String> keys) {
        return keys.stream().sorted().toList();
    }
}
