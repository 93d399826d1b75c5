package io.executionauditor.bench;

import io.executionauditor.bench.GeneratedPlan.Change;
import io.executionauditor.bench.GeneratedPlan.Item;
import io.executionauditor.bench.GeneratedPlan.Period;
import io.executionauditor.bench.GeneratedPlan.Person;
import io.executionauditor.bench.GeneratedPlan.Update;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a generated plan as the canonical workbook (DESIGN section 4), streaming rows to disk so a plan of any size
 * is written in little memory. Dates are real Excel dates and text goes to the shared strings table, as Excel
 * writes them.
 */
final class PlanWorkbookWriter {
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
    private final CellStyle dateStyle;

    private PlanWorkbookWriter() {
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    }

    static void write(GeneratedPlan plan, Path file) throws IOException {
        PlanWorkbookWriter writer = new PlanWorkbookWriter();
        try {
            writer.sheets(plan);
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.workbook.write(out);
            }
        } finally {
            writer.workbook.dispose();
            writer.workbook.close();
        }
    }

    private void sheets(GeneratedPlan plan) {
        SXSSFSheet sheet = workbook.createSheet("Plan");
        row(sheet, 0, "Field", "Value");
        row(sheet, 1, "Name", "Generated programme (" + plan.items().size() + " items, seed " + plan.shape().seed()
                + ")");
        row(sheet, 2, "As of", plan.asOf());
        row(sheet, 3, "Estimate unit", "hours");

        sheet = workbook.createSheet("Periods");
        row(sheet, 0, "Period", "Start", "End");
        int r = 1;
        for (Period period : plan.periods()) {
            row(sheet, r++, period.name(), period.start(), period.end());
        }

        sheet = workbook.createSheet("People");
        row(sheet, 0, "Person", "Team", "Capacity");
        r = 1;
        for (Person person : plan.people()) {
            row(sheet, r++, person.name(), person.team(), person.capacity());
        }

        sheet = workbook.createSheet("Items");
        row(sheet, 0, "Key", "Title", "Type", "Owner", "Team", "Status", "Priority", "Estimate", "Actual", "Period",
                "Start", "Due", "Added", "Done", "Depends on", "Success criteria", "Goal");
        r = 1;
        for (Item item : plan.items()) {
            row(sheet, r++, item.key, item.title, item.type, String.join(", ", item.owners), item.team, item.status,
                    item.priority, item.estimate, item.actual, plan.periods().get(item.period).name(), item.start,
                    item.due, item.added, item.done, String.join(", ", item.dependsOn), item.successCriteria,
                    item.goal);
        }

        sheet = workbook.createSheet("Updates");
        row(sheet, 0, "Date", "Key", "Author", "Health", "Note");
        r = 1;
        for (Update update : plan.updates()) {
            row(sheet, r++, update.date(), update.key(), update.author(), update.health(), update.note());
        }

        sheet = workbook.createSheet("Changes");
        row(sheet, 0, "Date", "Key", "Change", "From", "To", "By", "Reason");
        r = 1;
        for (Change change : plan.changes()) {
            row(sheet, r++, change.date(), change.key(), change.kind(), change.from(), change.to(), change.by(),
                    change.reason());
        }
    }

    /** A row of cells; null and empty values leave the cell out, as a person leaves it blank. */
    private void row(SXSSFSheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value instanceof String text && !text.isEmpty()) {
                row.createCell(c).setCellValue(text);
            } else if (value instanceof Double number) {
                row.createCell(c).setCellValue(number);
            } else if (value instanceof LocalDate date) {
                var cell = row.createCell(c);
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
        }
    }
}
