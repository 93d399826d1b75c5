package io.executionauditor.samples;

import io.executionauditor.xlsx.WorkbookStyles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the sample workbooks from their sources: every folder {@code samples/sources/<name>/} holding an
 * {@code Items.csv} becomes {@code samples/<name>.xlsx}, one sheet per CSV file (Plan, Periods, People, Items,
 * Updates, Changes first, in that order). Each sheet gets a bold, frozen header row; a cell written as an ISO date
 * ({@code 2026-08-07}) becomes a real date cell formatted yyyy-mm-dd, a plain number ({@code 3}, {@code 2.5}) a
 * number cell, and anything else text.
 *
 * <p>Run it from the project folder; samples/README.md gives the command.
 */
public final class SampleWorkbooks {
    private static final List<String> SHEET_ORDER = List.of("plan", "periods", "people", "items", "updates",
            "changes");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final int MAX_WIDTH = 60;
    /** 2026-01-01T00:00:00Z: the time stamped on every part of the workbooks. */
    private static final long ENTRY_TIME = 1_767_225_600_000L;

    private SampleWorkbooks() {
    }

    /** Arguments: the sources folder (default samples/sources) and the output folder (default samples). */
    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args.length > 0 ? args[0] : "samples/sources");
        Path target = Path.of(args.length > 1 ? args[1] : "samples");
        for (Path folder : workbookSources(sources)) {
            Path xlsx = target.resolve(folder.getFileName() + ".xlsx");
            write(folder, xlsx);
            System.out.println("wrote " + xlsx);
        }
    }

    /** The folders under {@code sources} that hold an Items.csv, by name. */
    static List<Path> workbookSources(Path sources) throws IOException {
        try (Stream<Path> children = Files.list(sources)) {
            return children.filter(Files::isDirectory).filter(dir -> Files.isRegularFile(dir.resolve("Items.csv")))
                    .sorted().toList();
        }
    }

    /** Writes one workbook from the CSV files of {@code folder}. */
    static void write(Path folder, Path xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new java.util.Date(ENTRY_TIME)));
            WorkbookStyles styles = new WorkbookStyles(workbook);
            for (Path csv : sheetFiles(folder)) {
                String name = csv.getFileName().toString();
                writeSheet(workbook.createSheet(name.substring(0, name.length() - 4)), read(csv), styles);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            writeReproducibly(bytes.toByteArray(), xlsx);
        }
    }

    /** Copies the zip with a fixed time on every entry, so an unchanged source rebuilds the same bytes. */
    private static void writeReproducibly(byte[] zip, Path xlsx) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(ENTRY_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    /** The folder's CSV files: the canonical sheets in their usual order, then any other, by name. */
    private static List<Path> sheetFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted(Comparator.comparingInt(SampleWorkbooks::rank).thenComparing(Path::getFileName))
                    .toList();
        }
    }

    private static int rank(Path csv) {
        String name = csv.getFileName().toString().toLowerCase(Locale.ROOT);
        int index = SHEET_ORDER.indexOf(name.substring(0, name.length() - 4));
        return index < 0 ? SHEET_ORDER.size() : index;
    }

    private static List<List<String>> read(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static void writeSheet(Sheet sheet, List<List<String>> rows, WorkbookStyles styles) {
        int[] widths = new int[rows.isEmpty() ? 0 : rows.get(0).size()];
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                String value = values.get(c);
                if (value.isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (r == 0) {
                    cell.setCellValue(value);
                    cell.setCellStyle(styles.header());
                } else {
                    setValue(cell, value, styles);
                }
                if (c < widths.length) {
                    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, value.length()));
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.max(widths[c], 10) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void setValue(Cell cell, String value, WorkbookStyles styles) {
        if (ISO_DATE.matcher(value).matches()) {
            try {
                cell.setCellValue(LocalDate.parse(value));
                cell.setCellStyle(styles.date());
                return;
            } catch (DateTimeParseException notADate) {
                // falls through to text: a typo in a source stays visible in the workbook
            }
        }
        if (NUMBER.matcher(value).matches()) {
            cell.setCellValue(Double.parseDouble(value));
            return;
        }
        cell.setCellValue(value);
    }
}
