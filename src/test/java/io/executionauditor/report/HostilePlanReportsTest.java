package io.executionauditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.rules.RuleSetLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan whose text is formulas and HTML renders harmlessly in every format: shown as the text it is, never run
 * by a browser, a spreadsheet or a wiki.
 */
class HostilePlanReportsTest {
    static final String PLAN_NAME = "<img src=x onerror=alert(1)> Q3";
    static final String SCRIPT_TITLE = "<script>alert('owned')</script>";
    static final String LINK_TITLE = "=HYPERLINK(\"http://evil.example/x\",\"click me\")";
    static final List<String> FORMULA_TITLES = List.of(LINK_TITLE, "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)");

    @TempDir
    static Path dir;
    static Audit audit;

    @BeforeAll
    static void auditTheHostilePlan() throws Exception {
        Path plan = Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(plan.resolve("Plan.csv"), "Field,Value\nName," + quote(PLAN_NAME) + "\nAs of,2026-03-10\n");
        StringBuilder items = new StringBuilder("Key,Title,Owner,Team,Status,Period,Estimate\n");
        List<String> titles = new java.util.ArrayList<>(FORMULA_TITLES);
        titles.add(0, SCRIPT_TITLE);
        for (int i = 0; i < titles.size(); i++) {
            items.append("H-").append(i + 1).append(',').append(quote(titles.get(i)))
                    .append(",=Ana and <em>Ben,Payments,In progress,Sprint 1,5\n");
        }
        Files.writeString(plan.resolve("Items.csv"), items);
        audit = new Auditor().audit(plan, LocalDate.of(2026, 3, 10), new RuleSetLoader().load(Path.of("rules")));
    }

    @Test
    void thePlanProducesFindingsAboutTheHostileItems() {
        assertThat(audit.findings()).extracting(f -> f.subject().id()).contains("H-1", "H-2", "H-5");
        assertThat(audit.plan().items()).extracting(i -> i.title()).contains(SCRIPT_TITLE, LINK_TITLE);
    }

    @Test
    void htmlShowsMarkupAsText() {
        Document html = Jsoup.parse(render(ReportFormat.HTML));

        assertThat(html.select("script, img, iframe, object, embed, em")).isEmpty();
        assertThat(html.select("[onerror], [src]")).isEmpty();
        assertThat(html.title()).contains(PLAN_NAME);
        assertThat(html.select("h1").text()).isEqualTo(PLAN_NAME);
        assertThat(html.text()).contains(SCRIPT_TITLE).contains("<em>Ben");
    }

    @Test
    void csvNeutralisesEveryCellASpreadsheetWouldRun() throws Exception {
        String csv = render(ReportFormat.CSV).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(csv))
                .getRecords();

        assertThat(rows).isNotEmpty();
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        assertThat(rows).extracting(row -> row.get("itemTitle")).contains("'" + LINK_TITLE, "'-2+3", "'@SUM(A1:A9)");
    }

    @Test
    void xlsxWritesPlanTextAsTextNeverAsAFormula() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(ReportFormat.XLSX)))) {
            DataFormatter format = new DataFormatter();
            StringBuilder all = new StringBuilder();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                        .isNotEqualTo(CellType.FORMULA);
                all.append(format.formatCellValue(cell)).append('\n');
            })));
            assertThat(all).contains(LINK_TITLE).contains(SCRIPT_TITLE).contains("-2+3");
        }
    }

    @Test
    void markdownEscapesMarkupAndLinks() {
        String md = render(ReportFormat.MD);

        assertThat(md).doesNotContainPattern("(?<!\\\\)<(script|img|em)\\b");
        assertThat(md).doesNotContainPattern("(?<!\\\\)\\[");
        assertThat(md).contains("\\<script\\>");
    }

    @Test
    void pdfPrintsTheTextAsWritten() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(bytes(ReportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(SCRIPT_TITLE).contains("=HYPERLINK(").contains(PLAN_NAME);
        }
    }

    private static String render(ReportFormat format) {
        return new String(bytes(format), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ReportFormat format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(audit, out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
