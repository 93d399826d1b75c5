package io.executionauditor.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.importer.CanonicalSheet;
import io.executionauditor.importer.Column;
import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.ItemColumn;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.importer.SheetCounts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWriterTest {
    @TempDir
    Path dir;

    @Test
    void blankTemplateIsReadBackWithoutIssues() throws Exception {
        Path file = dir.resolve("template.xlsx");
        new TemplateWriter().write(file);

        ImportResult result = new PlanImporter().importPlan(file);

        assertThat(result.report().issues()).isEmpty();
        assertThat(result.plan().items()).isEmpty();
        assertThat(result.plan().name()).isEqualTo("template");
        assertThat(result.report().sheets()).extracting(SheetCounts::sheet).containsExactly("Plan", "Periods",
                "People", "Items", "Updates", "Changes");
    }

    @Test
    void everySheetHasItsCanonicalHeadersAndColumnsExplainsEverySynonym() throws Exception {
        Path file = dir.resolve("template.xlsx");
        new TemplateWriter().write(file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            DataFormatter format = new DataFormatter();
            Sheet items = workbook.getSheet("Items");
            List<String> headers = new ArrayList<>();
            items.getRow(0).forEach(cell -> headers.add(format.formatCellValue(cell)));
            assertThat(headers).containsExactlyElementsOf(
                    CanonicalSheet.ITEMS.columns().stream().map(Column::header).toList());
            assertThat(items.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            assertThat(items.getPaneInformation().isFreezePane()).isTrue();

            Sheet columns = workbook.getSheet("Columns");
            Row owner = null;
            for (Row row : columns) {
                if (format.formatCellValue(row.getCell(0)).equals("Items")
                        && format.formatCellValue(row.getCell(1)).equals("Owner")) {
                    owner = row;
                }
            }
            assertThat(owner).isNotNull();
            assertThat(format.formatCellValue(owner.getCell(4)))
                    .isEqualTo(String.join(", ", ItemColumn.OWNER.synonyms()));
            int described = 0;
            for (CanonicalSheet sheet : CanonicalSheet.values()) {
                described += sheet.columns().size() + 1;
            }
            assertThat(columns.getLastRowNum()).isEqualTo(described);
        }
    }
}
