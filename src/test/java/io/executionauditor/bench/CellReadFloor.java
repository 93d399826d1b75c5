package io.executionauditor.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The floor of the scale benchmark: reads every cell of every sheet of a workbook with the streaming reader the
 * importer uses (fastexcel-reader), and does nothing else. No auditor that reads the workbook can be faster, so the
 * benchmark reports the audit's time as a multiple of this one (DESIGN.md section 10).
 *
 * <p>Each cell's raw value is touched (its length summed into a checksum that is printed), so the JIT cannot skip
 * the reading. Usage: {@code CellReadFloor FILE.xlsx}; prints one line with the sheets, rows and cells counted
 * ({@code sheets=N rows=N cells=N characters=N ms=N}).
 */
public final class CellReadFloor {

    /** What was read: cells are those with a value; {@code characters} sums the raw values' lengths. */
    public record Count(int sheets, long rows, long cells, long characters) {
    }

    private CellReadFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CellReadFloor FILE.xlsx");
            System.exit(2);
        }
        long start = System.nanoTime();
        Count count = read(Path.of(args[0]));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: sheets=%d rows=%d cells=%d characters=%d ms=%d%n", args[0],
                count.sheets(), count.rows(), count.cells(), count.characters(), millis);
    }

    public static Count read(Path file) throws IOException {
        int sheets = 0;
        long rows = 0;
        long cells = 0;
        long characters = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : iterable(workbook.getSheets())) {
                sheets++;
                try (Stream<Row> stream = sheet.openStream()) {
                    for (Row row : iterable(stream)) {
                        rows++;
                        for (Cell cell : row) {
                            String raw = cell == null ? null : cell.getRawValue();
                            if (raw != null) {
                                cells++;
                                characters += raw.length();
                            }
                        }
                    }
                }
            }
        }
        return new Count(sheets, rows, cells, characters);
    }

    private static <T> Iterable<T> iterable(Stream<T> stream) {
        Iterator<T> iterator = stream.iterator();
        return () -> iterator;
    }
}
