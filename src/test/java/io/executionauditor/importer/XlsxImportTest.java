package io.executionauditor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.executionauditor.plan.Person;
import io.executionauditor.plan.WorkItem;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxImportTest {
    @TempDir
    Path dir;

    /** Writes rows; a LocalDate becomes a real date cell, a Number a numeric cell, "=..." a formula. */
    private static void sheet(Workbook workbook, String name, Object[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue; // a row Excel never wrote
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value.toString().startsWith("=")) {
                    cell.setCellFormula(value.toString().substring(1));
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    private Path write(Workbook workbook, String name) throws Exception {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    @Test
    void realDateCellsTextDatesAndFormulaCellsAreRead() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Plan", row("Field", "Value"), row("As of", LocalDate.of(2026, 3, 2)),
                row("Estimate unit", "points"));
        sheet(workbook, "ITEMS",
                row("Key", "Title", "Due", "Start", "Added", "Estimate", "Owner", "Sprint"),
                row("A-1", "=CONCATENATE(\"Log\",\"in\")", LocalDate.of(2026, 3, 20), "03/04/2026", 46082, "=2+3",
                        "Ana", 7),
                null,
                row("A-2", "Logout", "2026-03-21", "25/04/2026", null, 2.5, "=\"Bo\"", 7));
        Path file = write(workbook, "plan.xlsx");

        ImportResult result = new PlanImporter().importPlan(file);

        assertThat(result.report().issues()).isEmpty();
        WorkItem first = result.plan().items().get(0);
        assertThat(first.title()).isEqualTo("Login");
        assertThat(first.due()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(first.start()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(first.added()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(first.estimate()).isEqualTo(5.0);
        assertThat(first.period()).isEqualTo("7");
        WorkItem second = result.plan().items().get(1);
        assertThat(second.sourceRow()).isEqualTo(4);
        assertThat(second.owners()).containsExactly("Bo");
        assertThat(second.due()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(second.estimate()).isEqualTo(2.5);
        assertThat(result.plan().asOf()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(result.plan().source()).isEqualTo("plan.xlsx");
        assertThat(result.report().sheets()).containsExactly(new SheetCounts("Plan", 2, 2, 0),
                new SheetCounts("Items", 2, 2, 0));
    }

    @Test
    void problemsNameTheRowExcelShows() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Items", null, row("Key", "Due", "Estimate"), row("A-1", "31/02/2026", "many"));
        Path file = write(workbook, "plan.xlsx");

        assertThat(new PlanImporter().importPlan(file).report().issues()).extracting(ImportIssue::toString)
                .containsExactly("Items row 3, column Estimate: \"many\" is not a number (expected a number such as "
                        + "8, 8.5 or 8,5, optionally with a unit: 8h, 3d, 5 pts)",
                        "Items row 3, column Due: \"31/02/2026\" is not a date (expected yyyy-mm-dd or dd/mm/yyyy)");
    }

    @Test
    void peopleCapacityOverridesComeFromPeriodColumns() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Periods", row("Iteration", "Start", "End"),
                row("I1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 16)));
        sheet(workbook, "people", row("Person", "Capacity", "i1", "Notes"), row("Ana", 40, 24, "part time"));
        sheet(workbook, "Items", row("Key", "Iteration", "Owner"), row("A-1", "I1", "Ana"));
        Path file = write(workbook, "plan.xlsx");

        ImportResult result = new PlanImporter().importPlan(file);

        assertThat(result.plan().people()).containsExactly(new Person("Ana", null, 40.0, Map.of("I1", 24.0)));
        assertThat(result.report().issues()).isEmpty();
    }

    @Test
    void workbookWithoutItemsSheetIsUnreadableNamingItsSheets() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Tasks", row("Key"), row("A-1"));
        sheet(workbook, "People", row("Person"), row("Ana"));
        Path file = write(workbook, "plan.xlsx");

        assertThatThrownBy(() -> new PlanImporter().importPlan(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("plan.xlsx has no Items sheet (its sheets: Tasks, People)");
    }

    @Test
    void oldXlsWorkbookIsUnreadableSayingToSaveAsXlsx() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        sheet(workbook, "Items", row("Key"), row("A-1"));
        Path file = write(workbook, "plan.xlsx");

        assertThatThrownBy(() -> new PlanImporter().importPlan(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("plan.xlsx is an old Excel 97-2003 workbook (.xls): open it in Excel or LibreOffice and "
                        + "save it as .xlsx");
    }

    @Test
    void encryptedWorkbookIsUnreadableSayingToRemoveThePassword() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Items", row("Key"), row("A-1"));
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> new PlanImporter().importPlan(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("secret.xlsx is a password-protected (encrypted) workbook");
    }

    @Test
    void zipThatIsNoWorkbookIsUnreadable() throws Exception {
        Path file = dir.resolve("plan.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes());
        }

        assertThatThrownBy(() -> new PlanImporter().importPlan(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("plan.xlsx is a zip file but not a readable .xlsx workbook");
    }

    @Test
    void emptyItemsSheetIsUnreadable() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Items");
        Path file = write(workbook, "plan.xlsx");

        assertThatThrownBy(() -> new PlanImporter().importPlan(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("plan.xlsx: the Items sheet is empty");
    }
}
