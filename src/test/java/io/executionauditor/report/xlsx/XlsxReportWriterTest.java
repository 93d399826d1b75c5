package io.executionauditor.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.FindingView;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetLoader;
import io.executionauditor.rules.Subject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XLSX report as a user opens it: written by the real pipeline, read back with POI. Run with
 * {@code -Dxlsx.report.dir=/some/folder} to keep the payments sample's workbook for a look in a spreadsheet.
 */
class XlsxReportWriterTest {
    static final Path PAYMENTS = Path.of("samples/payments-q3.xlsx");
    static final Path SMALL = Path.of("src/test/resources/golden/small-sprint");
    static final Path CLEAN = Path.of("rules/tests/overcommitment.person-over-capacity/fires-warning-and-critical");
    static final DataFormatter FORMAT = new DataFormatter();

    static RuleSet ruleSet;
    static Audit payments;
    static XSSFWorkbook workbook;

    @TempDir
    Path dir;

    @BeforeAll
    static void writePaymentsReport(@TempDir Path tmp) throws Exception {
        ruleSet = new RuleSetLoader().load(Path.of("rules"));
        payments = new Auditor().audit(PAYMENTS, null, ruleSet);
        Path file = write(payments, tmp.resolve("payments.xlsx"));
        String keep = System.getProperty("xlsx.report.dir");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(file, Path.of(keep, "payments.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        workbook = open(file);
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void sheetsComeInTheReportsOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Summary", "Findings", "Load", "Items", "Import problems");
    }

    @Test
    void summaryShowsThePlanAndTheScoreWithItsArithmetic() {
        Map<String, Cell> values = labelled(workbook.getSheet("Summary"));
        assertThat(text(workbook.getSheet("Summary").getRow(0).getCell(0))).contains(payments.plan().name());
        assertThat(text(values.get("Plan"))).isEqualTo(payments.plan().name());
        assertThat(values.get("Items").getNumericCellValue()).isEqualTo(payments.plan().items().size());
        assertThat(values.get("Score (out of 100)").getNumericCellValue()).isEqualTo(payments.healthScore().score());
        Row penalty = rowStartingWith(workbook.getSheet("Summary"), "Penalty P");
        assertThat(penalty.getCell(3).getNumericCellValue()).isEqualTo(payments.healthScore().penalty());
        assertThat(rowStartingWith(workbook.getSheet("Summary"), "critical").getCell(1).getNumericCellValue())
                .isEqualTo(payments.findings().stream().filter(f -> f.severity().id().equals("critical")).count());
        assertThat(rowStartingWith(workbook.getSheet("Summary"), "All categories").getCell(4).getNumericCellValue())
                .isEqualTo(payments.findings().size());
    }

    @Test
    void findingsHaveOneRowEachInTheReportsOrder() {
        Sheet sheet = workbook.getSheet("Findings");
        assertThat(headers(sheet)).containsExactly("#", "Severity", "Category", "Rule", "Subject type", "Subject",
                "Period", "Item title", "Title", "Message", "Evidence", "Recommendation");
        assertThat(sheet.getLastRowNum()).isEqualTo(payments.findings().size());
        List<String> written = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            written.add(text(row.getCell(3)) + " " + text(row.getCell(5)) + " " + text(row.getCell(6)));
        }
        List<String> reported = AuditReport.of(payments).findings().stream()
                .map(f -> f.ruleId() + " " + f.subjectId() + " " + (f.period() == null ? "" : f.period())).toList();
        assertThat(written).containsExactlyElementsOf(reported);
        assertThat(written).containsExactlyInAnyOrderElementsOf(payments.findings().stream()
                .map(f -> f.ruleId() + " " + f.subject().id() + " "
                        + (f.subject().period() == null ? "" : f.subject().period())).toList());
    }

    @Test
    void findingsHeaderIsFrozenAndFiltered() {
        XSSFSheet sheet = workbook.getSheet("Findings");
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L" + (sheet.getLastRowNum() + 1));
    }

    @Test
    void severityCellsWearTheSeverityColour() {
        Sheet sheet = workbook.getSheet("Findings");
        Map<String, String> fills = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell severity = sheet.getRow(r).getCell(1);
            fills.put(text(severity), fill(severity));
        }
        assertThat(fills).containsEntry("critical", "FFB71C1C").containsEntry("warning", "FFE65100")
                .containsEntry("info", "FF1565C0");
        Cell critical = cellWithText(sheet, 1, "critical");
        assertThat(workbook.getFontAt(critical.getCellStyle().getFontIndex()).getBold()).isTrue();
    }

    @Test
    void evidenceAndMessagesWrapInFixedColumns() {
        Sheet sheet = workbook.getSheet("Findings");
        Row first = sheet.getRow(1);
        for (int column : new int[] {9, 10, 11}) {
            assertThat(first.getCell(column).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(column)).isGreaterThan(30 * 256);
        }
        FindingView view = AuditReport.of(payments).findings().get(0);
        assertThat(text(first.getCell(10))).isEqualTo(view.evidenceText());
        assertThat(text(first.getCell(11))).isEqualTo(view.recommendation());
    }

    @Test
    void loadIsAHeatMapOfNumericPercentages() {
        XSSFSheet sheet = workbook.getSheet("Load");
        assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThan(0);
        assertThat(sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0).getNumberOfRules())
                .isEqualTo(4);
        List<String> periods = payments.load().periods();
        Row titles = sheet.getRow(1);
        assertThat(text(titles.getCell(0))).isEqualTo("Person");
        assertThat(text(titles.getCell(2))).isEqualTo(periods.get(0));
        assertThat(text(sheet.getRow(0).getCell(2))).isEqualTo("Load (% of capacity)");

        // Priya is over capacity in Sprint 16 (see samples/README.md): her load there is a number above 1, as a %
        Finding over = payments.findings().stream()
                .filter(f -> f.ruleId().equals("overcommitment.person-over-capacity")).findFirst().orElseThrow();
        Row person = rowStartingWith(sheet, over.subject().id());
        int column = 2 + periods.indexOf(over.subject().period());
        Cell percent = person.getCell(column);
        assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(percent.getNumericCellValue()).isGreaterThan(1.0);
        assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0%");
        var cell = payments.load().rows().stream().filter(r -> r.person().equals(over.subject().id())).findFirst()
                .orElseThrow().cells().get(column - 2);
        int n = periods.size();
        assertThat(person.getCell(column + n + 1).getNumericCellValue()).isEqualTo(cell.committed());
        assertThat(person.getCell(column + 2 * (n + 1)).getNumericCellValue()).isEqualTo(cell.capacity());
        assertThat(percent.getNumericCellValue()).isEqualTo(cell.committed() / cell.capacity());

        // the Platform team owns work but has no People row: its capacity is unknown, so no percentage
        Row unknown = rowStartingWith(sheet, "Platform team");
        for (int i = 0; i < n; i++) {
            assertThat(unknown.getCell(2 + i) == null ? CellType.BLANK : unknown.getCell(2 + i).getCellType())
                    .isEqualTo(CellType.BLANK);
        }

        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);
    }

    @Test
    void workAgainstAZeroCapacityIsMarked() throws Exception {
        Path plan = Path.of("rules/tests/overcommitment.person-over-capacity/fires-work-committed-during-full-leave");
        Audit audit = new Auditor().audit(plan, LocalDate.of(2026, 3, 10), ruleSet);
        try (XSSFWorkbook book = open(write(audit, dir.resolve("leave.xlsx")))) {
            Sheet sheet = book.getSheet("Load");
            Row ana = rowStartingWith(sheet, "Ana Lima");
            Cell sprint2 = ana.getCell(2 + audit.load().periods().indexOf("Sprint 2"));
            assertThat(text(sprint2)).isEqualTo("no capacity");
            assertThat(fill(sprint2)).isEqualTo("FFE57373");
        }
    }

    @Test
    void itemsShowTheirFlagsAndRealDates() {
        XSSFSheet sheet = workbook.getSheet("Items");
        assertThat(sheet.getLastRowNum()).isEqualTo(payments.plan().items().size());
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        List<String> headers = headers(sheet);
        Finding onItem = payments.findings().stream().filter(f -> f.subject().type() == Subject.Type.ITEM)
                .findFirst().orElseThrow();
        Row row = rowStartingWith(sheet, onItem.subject().id());
        assertThat(text(row.getCell(headers.indexOf("Flags")))).contains(onItem.ruleId());
        assertThat(text(row.getCell(headers.indexOf("Worst severity")))).isNotEmpty();
        assertThat(fill(row.getCell(headers.indexOf("Worst severity")))).isNotNull();

        var item = payments.plan().items().stream().filter(i -> i.due() != null).findFirst().orElseThrow();
        Cell due = rowStartingWith(sheet, item.key()).getCell(headers.indexOf("Due"));
        assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
        assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(item.due());
        assertThat(FORMAT.formatCellValue(due)).isEqualTo(item.due().toString());
        var estimated = payments.plan().items().stream().filter(i -> i.estimate() != null).findFirst()
                .orElseThrow();
        assertThat(rowStartingWith(sheet, estimated.key()).getCell(headers.indexOf("Estimate"))
                .getNumericCellValue()).isEqualTo(estimated.estimate());
    }

    @Test
    void importProblemsSayWhere() throws Exception {
        Audit audit = new Auditor().audit(SMALL, null, ruleSet);
        assertThat(audit.importReport().issues()).isNotEmpty();
        try (XSSFWorkbook book = open(write(audit, dir.resolve("small.xlsx")))) {
            Sheet sheet = book.getSheet("Import problems");
            assertThat(headers(sheet)).containsExactly("Level", "Sheet", "Row", "Column", "Problem");
            var issue = audit.importReport().issues().get(0);
            Row row = sheet.getRow(1);
            assertThat(text(row.getCell(0))).isEqualTo(issue.level().id());
            assertThat(text(row.getCell(1))).isEqualTo(issue.sheet());
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(issue.row());
            assertThat(text(row.getCell(3))).isEqualTo(issue.column());
            assertThat(text(row.getCell(4))).isEqualTo(issue.message());
            Row counts = rowStartingWith(sheet, "Items");
            assertThat(counts.getCell(1).getNumericCellValue()).isEqualTo(4);
        }
    }

    @Test
    void aCleanImportSaysNone() throws Exception {
        Audit audit = new Auditor().audit(CLEAN, null, ruleSet);
        assertThat(audit.importReport().issues()).isEmpty();
        try (XSSFWorkbook book = open(write(audit, dir.resolve("clean.xlsx")))) {
            Sheet sheet = book.getSheet("Import problems");
            assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("none");
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + audit.importReport().sheets().size());
            assertThat(text(sheet.getRow(3).getCell(0))).isEqualTo("Sheet");
        }
    }

    /** Plan text that a spreadsheet or a browser would run stays text, character for character. */
    @Test
    void planTextIsNeverAFormula() throws Exception {
        List<String> titles = List.of("=1+2", "+SUM(A1)", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")",
                "<script>alert(1)</script>", "+cmd|' /C calc'!A0");
        List<String> owners = List.of("=A1", "@SUM(A1)", "-A1", "<img src=x onerror=alert(1)>", "=A1",
                "@SUM(A1)", "-A1");
        StringBuilder csv = new StringBuilder("Key,Title,Owner,Team,Status,Estimate,Period\n");
        for (int i = 0; i < titles.size(); i++) {
            csv.append("S-").append(i + 1).append(',').append(quoted(titles.get(i))).append(',')
                    .append(quoted(owners.get(i))).append(",=TEAM(),In progress,,=1+1\n");
        }
        Path plan = dir.resolve("Items.csv");
        Files.writeString(plan, csv);
        Audit audit = new Auditor().audit(plan, LocalDate.of(2026, 3, 10), ruleSet);
        assertThat(audit.plan().items()).extracting("title").containsExactlyElementsOf(titles);
        assertThat(audit.findings()).isNotEmpty();

        try (XSSFWorkbook book = open(write(audit, dir.resolve("unsafe.xlsx")))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                                .isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK, CellType.BOOLEAN);
                    }
                }
            }
            Sheet items = book.getSheet("Items");
            for (int i = 0; i < titles.size(); i++) {
                assertThat(items.getRow(i + 1).getCell(1).getStringCellValue()).isEqualTo(titles.get(i));
                assertThat(items.getRow(i + 1).getCell(3).getStringCellValue()).isEqualTo(owners.get(i));
            }
            Sheet findings = book.getSheet("Findings");
            List<String> itemTitles = new ArrayList<>();
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                itemTitles.add(text(findings.getRow(r).getCell(7)));
            }
            assertThat(itemTitles).containsAnyElementsOf(titles);
            rowStartingWith(book.getSheet("Load"), "=A1");
        }
    }

    @Test
    void textLongerThanACellHoldsIsCutVisibly() throws Exception {
        String title = "A".repeat(40_000);
        Path plan = dir.resolve("Items.csv");
        Files.writeString(plan, "Key,Title,Owner,Team,Status,Estimate,Period\nL-1," + title
                + ",Ana,Web,In progress,,Sprint 1\n");
        Audit audit = new Auditor().audit(plan, LocalDate.of(2026, 3, 10), ruleSet);
        try (XSSFWorkbook book = open(write(audit, dir.resolve("long.xlsx")))) {
            String written = book.getSheet("Items").getRow(1).getCell(1).getStringCellValue();
            assertThat(written).hasSize(SheetWriter.MAX_TEXT).startsWith("AAAA").endsWith("…");
        }
        assertThat(SheetWriter.fit("short")).isEqualTo("short");
        String emoji = "x".repeat(SheetWriter.MAX_TEXT - 2) + "\uD83D\uDE00" + "tail";
        assertThat(SheetWriter.fit(emoji)).endsWith("x…");
    }

    /** A big plan writes in one go (streaming), with a row for every item and every finding. */
    @Test
    void aLargePlanWritesEveryRow() throws Exception {
        int items = 5_000;
        Path plan = Files.createDirectories(dir.resolve("large"));
        StringBuilder people = new StringBuilder("Person,Team,Capacity\n");
        for (int p = 0; p < 50; p++) {
            people.append("Person ").append(p).append(",Team ").append(p % 5).append(",20\n");
        }
        StringBuilder csv = new StringBuilder("Key,Title,Owner,Team,Status,Estimate,Period\n");
        for (int i = 0; i < items; i++) {
            csv.append("BIG-").append(i).append(",Item number ").append(i).append(",Person ").append(i % 50)
                    .append(",Team ").append(i % 5).append(',').append(i % 7 == 0 ? "Done" : "To do").append(',')
                    .append(i % 13 == 0 ? "" : String.valueOf(1 + i % 3)).append(",Sprint ").append(i % 10)
                    .append('\n');
        }
        Files.writeString(plan.resolve("People.csv"), people);
        Files.writeString(plan.resolve("Items.csv"), csv);
        Audit audit = new Auditor().audit(plan, LocalDate.of(2026, 3, 10), ruleSet);

        long start = System.nanoTime();
        Path file = write(audit, dir.resolve("large.xlsx"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("writing took %d ms", millis).isLessThan(5_000);
        try (XSSFWorkbook book = open(file)) {
            assertThat(book.getSheet("Items").getLastRowNum()).isEqualTo(items);
            assertThat(book.getSheet("Findings").getLastRowNum()).isEqualTo(audit.findings().size());
            assertThat(text(book.getSheet("Load").getRow(2 + 49).getCell(0))).isEqualTo("Person 49");
        }
    }

    static Path write(Audit audit, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxReportWriter().write(audit, out);
        }
        return file;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static String text(Cell cell) {
        return cell == null ? "" : FORMAT.formatCellValue(cell);
    }

    static String fill(Cell cell) {
        var color = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor();
        return color == null ? null : color.getARGBHex();
    }

    static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(text(cell)));
        return headers;
    }

    /** Column A's labels with the cell to their right. */
    static Map<String, Cell> labelled(Sheet sheet) {
        Map<String, Cell> values = new HashMap<>();
        for (Row row : sheet) {
            Cell value = row.getCell(1);
            if (row.getCell(0) != null && value != null) {
                values.putIfAbsent(text(row.getCell(0)), value);
            }
        }
        return values;
    }

    /** The first row whose column A reads {@code first}; fails when there is none. */
    static Row rowStartingWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (first.equals(text(row.getCell(0)))) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + first + " on sheet " + sheet.getSheetName());
    }

    static Cell cellWithText(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (value.equals(text(row.getCell(column)))) {
                return row.getCell(column);
            }
        }
        return null;
    }
}
