package io.executionauditor.importer.xlsx;

import io.executionauditor.importer.RawCell;
import io.executionauditor.importer.SheetSource;
import io.executionauditor.importer.Sniffer;
import io.executionauditor.importer.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Sheets of an .xlsx workbook, streamed row by row with fastexcel-reader (StAX, hardened XML). Numbers stay numbers
 * (a date column reads them as Excel serial dates), cells formatted as dates become dates, formulas give their cached
 * value. Sheets are found by name, case-insensitively.
 */
public final class XlsxSource implements SheetSource {
    /** Refuse archives whose parts would expand beyond this, or expand suspiciously (zip bombs). */
    private static final long MAX_EXPANDED_BYTES = 4L << 30;
    private static final long MAX_RATIO = 200;
    /** A workbook has tens of parts, a few thousand with many drawings: more is no workbook, and costs memory. */
    private static final int MAX_PARTS = 10_000;
    /** How much of each XML part is searched for a DOCTYPE: its prolog, where one must be. */
    private static final int PROLOG = 4096;

    private final Path file;
    private final String fileName;
    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;

    private XlsxSource(Path file, String fileName, ReadableWorkbook workbook, List<Sheet> sheets) {
        this.file = file;
        this.fileName = fileName;
        this.workbook = workbook;
        this.sheets = sheets;
    }

    /** Opens a file that starts like a zip archive. */
    public static XlsxSource open(Path file, String name) throws UnreadableInputException {
        checkArchive(file, name);
        return openChecked(file, name);
    }

    /** Another reader of the same, already checked, workbook: each reader parses on its own, so two can run at once. */
    public XlsxSource secondReader() throws UnreadableInputException {
        return openChecked(file, fileName);
    }

    private static XlsxSource openChecked(Path file, String name) throws UnreadableInputException {
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            List<Sheet> sheets;
            try (Stream<Sheet> all = workbook.getSheets()) {
                sheets = all.collect(Collectors.toList());
            }
            requireNames(sheets, name);
            return new XlsxSource(file, name, workbook, sheets);
        } catch (UnreadableInputException e) {
            closeQuietly(workbook);
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            closeQuietly(workbook);
            throw new UnreadableInputException(name + " is a zip file but not a readable .xlsx workbook ("
                    + oneLine(e) + "); save it from Excel or LibreOffice as .xlsx");
        }
    }

    /** Excel names every sheet; a workbook part that lists one without a name was damaged on its way here. */
    private static void requireNames(List<Sheet> sheets, String name) throws UnreadableInputException {
        for (int i = 0; i < sheets.size(); i++) {
            String sheetName = sheets.get(i).getName();
            if (sheetName == null || sheetName.isBlank()) {
                throw new UnreadableInputException(name + " is damaged: its sheet number " + (i + 1) + " has no name "
                        + "(expected every sheet named, as Excel writes them; open it in Excel or LibreOffice, let it "
                        + "repair the file and save it again)");
            }
        }
    }

    /**
     * Rejects a damaged archive, a zip bomb or a part that declares a DOCTYPE before the workbook reader expands
     * anything: first by the sizes the zip directory declares, then by what each part really inflates to (a bomb's
     * directory may lie), stopping at the first byte past what was declared.
     */
    private static void checkArchive(Path file, String name) throws UnreadableInputException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw new UnreadableInputException(name + " is a zip file of " + zip.size() + " parts, refused: a "
                        + "workbook has at most a few thousand (expected an .xlsx workbook)");
            }
            List<ZipEntry> entries = new ArrayList<>(zip.size());
            long declared = 0;
            long compressed = 0;
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
                ZipEntry entry = all.nextElement();
                entries.add(entry);
                declared += Math.max(0, entry.getSize());
                compressed += Math.max(0, entry.getCompressedSize());
            }
            refuseBomb(name, declared, compressed);
            String other = otherDocument(entries);
            if (other != null) {
                throw new UnreadableInputException(name + " is " + other);
            }
            byte[] buffer = new byte[1 << 16];
            long expanded = 0;
            for (ZipEntry entry : entries) {
                long limit = entry.getSize() >= 0 ? entry.getSize() : MAX_EXPANDED_BYTES - expanded;
                long size = 0;
                byte[] prolog = new byte[0];
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        if (prolog.length < PROLOG && isXml(entry.getName())) {
                            int more = Math.min(n, PROLOG - prolog.length);
                            prolog = Arrays.copyOf(prolog, prolog.length + more);
                            System.arraycopy(buffer, 0, prolog, prolog.length - more, more);
                        }
                        size += n;
                        if (size > limit) {
                            throw new UnreadableInputException(name + " is refused as a zip bomb: its part "
                                    + entry.getName() + " expands past the " + human(limit) + " its zip directory "
                                    + "declares");
                        }
                    }
                }
                if (Sniffer.declaresDoctype(prolog)) {
                    throw new UnreadableInputException(name + ": its part " + entry.getName() + " declares a DOCTYPE, "
                            + "which is refused: Excel never writes one, and XML entities can make a reader fetch "
                            + "files or expand without end (save the workbook again from Excel or LibreOffice)");
                }
                expanded += size;
            }
            refuseBomb(name, expanded, compressed);
        } catch (IOException e) {
            if (oneLine(e).contains("END header not found")) {
                throw new UnreadableInputException(name + " is a damaged zip file: it ends before its table of "
                        + "contents (was it cut short while copying or downloading?); expected an .xlsx workbook");
            }
            throw new UnreadableInputException(name + " is a damaged zip file (" + oneLine(e)
                    + "); expected an .xlsx workbook");
        }
    }

    private static void refuseBomb(String name, long expanded, long compressed) throws UnreadableInputException {
        if (expanded > MAX_EXPANDED_BYTES || (expanded > (100L << 20) && expanded > MAX_RATIO * compressed)) {
            throw new UnreadableInputException(name + " would expand to " + human(expanded) + " from "
                    + human(compressed) + ": refused as a possible zip bomb");
        }
    }

    /** The XML parts a workbook reader may parse (custom XML parts, which hold anyone's data, are not read). */
    private static boolean isXml(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".xml") || lower.endsWith(".rels")) && !lower.startsWith("customxml/");
    }

    /**
     * What an archive that is another kind of office document is and what to do, by its parts, else {@code null}.
     */
    private static String otherDocument(List<ZipEntry> entries) {
        boolean workbook = false;
        String other = null;
        for (ZipEntry entry : entries) {
            String part = entry.getName();
            if (part.startsWith("xl/")) {
                workbook = true;
            } else if (part.startsWith("word/")) {
                other = "a Word document, not a workbook (expected an .xlsx workbook)";
            } else if (part.startsWith("ppt/")) {
                other = "a PowerPoint presentation, not a workbook (expected an .xlsx workbook)";
            } else if (part.equals("mimetype")) {
                other = "an OpenDocument file (LibreOffice, OpenOffice), not an Excel workbook: open it and save it "
                        + "as .xlsx (Excel 2007-365)";
            }
        }
        return workbook ? null : other;
    }

    /** A size as people read it: 4 KB, 12 MB, 1.5 GB. */
    static String human(long bytes) {
        if (bytes < 1 << 10) {
            return bytes + " bytes";
        }
        if (bytes < 1 << 20) {
            return (bytes >> 10) + " KB";
        }
        if (bytes < 1L << 30) {
            return (bytes >> 20) + " MB";
        }
        return RawCell.plain(Math.round(bytes * 10.0 / (1L << 30)) / 10.0) + " GB";
    }

    /**
     * Says what an OLE2 file (old Office container) is: an encrypted .xlsx or an old .xls, and what to do, as the
     * message of the exception to throw.
     */
    public static UnreadableInputException ole2(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                return new UnreadableInputException(name + " is a password-protected (encrypted) workbook: open it "
                        + "in Excel, remove the password and save it again as .xlsx");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new UnreadableInputException(name + " is an old Excel 97-2003 workbook (.xls): open it in "
                        + "Excel or LibreOffice and save it as .xlsx");
            }
            return new UnreadableInputException(name + " is an old Office document, not a workbook (expected an "
                    + ".xlsx workbook or a .csv file)");
        } catch (IOException | RuntimeException e) {
            return new UnreadableInputException(name + " is a damaged or truncated Office file, the container MS "
                    + "Project .mpp and Excel .xls files use (" + oneLine(e) + "); expected an .xlsx workbook, a .csv "
                    + "file or an intact MS Project .mpp file");
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : sheets) {
            names.add(sheet.getName());
        }
        return names;
    }

    @Override
    public boolean readSheet(String name, RowHandler handler) throws UnreadableInputException {
        Optional<Sheet> found = sheets.stream()
                .filter(s -> s.getName().strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (found.isEmpty()) {
            return false;
        }
        Sheet sheet = found.get();
        int rowNumber = 0;
        Stream<Row> rows = null;
        try {
            rows = sheet.openStream();
            Iterator<Row> it = rows.iterator();
            while (true) {
                List<RawCell> cells;
                // only the reader's work is guarded: a failure of the handler (the mapping) is a bug, not the file's
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    Row row = it.next();
                    rowNumber = row.getRowNum();
                    cells = cells(row);
                } catch (RuntimeException | OutOfMemoryError e) {
                    // the reader gave up on the XML (a malformed number, an unknown shared string, a missing part),
                    // or one row asked for more memory than there is (a gigantic text, a reference far past the last
                    // column): what it built dies with the row, and nothing else is left half done
                    throw unreadable(sheet, rowNumber, e);
                }
                handler.row(rowNumber, cells);
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(sheet, rowNumber, e);
        } finally {
            if (rows != null) {
                try {
                    rows.close();
                } catch (RuntimeException e) {
                    // the sheet was read, or its failure already reported
                }
            }
        }
        return true;
    }

    private UnreadableInputException unreadable(Sheet sheet, int rowNumber, Throwable e) {
        String where = fileName + ": sheet " + sheet.getName() + " cannot be read"
                + (rowNumber > 0 ? " after row " + rowNumber : "");
        if (e instanceof OutOfMemoryError) {
            return new UnreadableInputException(where + ": it holds more than fits in the memory the auditor has (is "
                    + "it a workbook Excel wrote?)");
        }
        String reason = oneLine(e);
        if (reason.toLowerCase(Locale.ROOT).contains("entity")) {
            return new UnreadableInputException(where + ": it uses XML entities, which are refused (Excel never "
                    + "writes them; save the workbook again from Excel or LibreOffice)");
        }
        return new UnreadableInputException(where + " (" + reason + ")");
    }

    /** A row's cells up to its last one holding something: a formatted empty cell in column XFD adds nothing. */
    private List<RawCell> cells(Row row) {
        int last = row.getCellCount() - 1;
        while (last >= 0 && raw(row.getCell(last)).isBlank()) {
            last--;
        }
        List<RawCell> cells = new ArrayList<>(last + 1);
        for (int i = 0; i <= last; i++) {
            cells.add(raw(row.getCell(i)));
        }
        return cells;
    }

    /** The cell's value: cached value for formulas, a date when formatted as one, "" for errors like #N/A. */
    RawCell raw(Cell cell) {
        if (cell == null) {
            return RawCell.EMPTY;
        }
        switch (cell.getType()) {
            case NUMBER:
                return number(cell, cell.asNumber());
            case STRING:
                return RawCell.text(cell.asString());
            case BOOLEAN:
                return RawCell.text(String.valueOf(cell.asBoolean()).toUpperCase(Locale.ROOT));
            case FORMULA:
                Object value = cell.getValue();
                if (value instanceof BigDecimal number) {
                    return number(cell, number);
                }
                return value == null ? RawCell.EMPTY : RawCell.text(value.toString());
            case ERROR:
                return RawCell.text(cell.getRawValue());
            default:
                return RawCell.EMPTY;
        }
    }

    private RawCell number(Cell cell, BigDecimal number) {
        if (number == null) {
            return RawCell.EMPTY;
        }
        double value = number.doubleValue();
        Integer format = cell.getDataFormatId();
        if (format != null && isDateFormat(format, cell.getDataFormatString()) && DateUtil.isValidExcelDate(value)) {
            return RawCell.date(date(value));
        }
        return RawCell.number(value);
    }

    /*
     * A workbook uses a handful of formats and a few hundred dates, each in thousands of cells, and POI's answers
     * cost a regular expression and a calendar per cell: they are remembered per reader (a reader is one thread's),
     * dates up to a bound, so a sheet of all different dates cannot fill memory.
     */
    private final Map<Integer, Boolean> dateFormats = new HashMap<>();
    private final Map<Double, LocalDate> dates = new HashMap<>();
    private static final int DATES_REMEMBERED = 10_000;

    private boolean isDateFormat(int format, String formatString) {
        return dateFormats.computeIfAbsent(format, id -> DateUtil.isADateFormat(id, formatString));
    }

    private LocalDate date(double value) {
        LocalDate date = dates.get(value);
        if (date == null) {
            date = DateUtil.getLocalDateTime(value).toLocalDate();
            if (dates.size() < DATES_REMEMBERED) {
                dates.put(value, date);
            }
        }
        return date;
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException e) {
                // nothing left to read from it
            }
        }
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
