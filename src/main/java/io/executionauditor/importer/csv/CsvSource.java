package io.executionauditor.importer.csv;

import io.executionauditor.importer.RawCell;
import io.executionauditor.importer.SheetSource;
import io.executionauditor.importer.Sniffer;
import io.executionauditor.importer.UnreadableInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Sheets from CSV: one {@code .csv} file is the Items sheet alone; a folder holds one file per sheet, named after it
 * ({@code Items.csv}, {@code People.csv}, any case). Each file may start with a byte-order mark, use CRLF, quote
 * multi-line cells, and separate cells with {@code ,} {@code ;} or a tab: whichever splits its header into the most
 * cells.
 */
public final class CsvSource implements SheetSource {
    private static final int HEADER_LIMIT = 1 << 16;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String fileName;
    private final Map<String, Path> sheets;

    private CsvSource(String fileName, Map<String, Path> sheets) {
        this.fileName = fileName;
        this.sheets = sheets;
    }

    /** One CSV file, read as the Items sheet. */
    public static CsvSource ofFile(Path file, String name) {
        Map<String, Path> sheets = new LinkedHashMap<>();
        sheets.put("items", file);
        return new CsvSource(name, sheets);
    }

    /** A folder of per-sheet CSV files; {@code Items.csv} is required. */
    public static CsvSource ofFolder(Path folder) throws UnreadableInputException {
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        Map<String, Path> sheets = new LinkedHashMap<>();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.sorted().forEach(file -> {
                String fileName = file.getFileName().toString();
                if (Files.isRegularFile(file) && fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    found.add(fileName);
                    sheets.putIfAbsent(fileName.substring(0, fileName.length() - 4).strip().toLowerCase(Locale.ROOT),
                            file);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableInputException(name + ": the folder cannot be listed (" + e.getMessage() + ")");
        }
        if (!sheets.containsKey("items")) {
            throw new UnreadableInputException(name + " is a folder without Items.csv (expected one CSV file per "
                    + "sheet: Plan.csv, Periods.csv, People.csv, Items.csv, Updates.csv, Changes.csv; found: "
                    + (found.isEmpty() ? "no CSV file" : String.join(", ", found)) + ")");
        }
        return new CsvSource(name, sheets);
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (Path path : sheets.values()) {
            names.add(path.getFileName().toString());
        }
        return names;
    }

    @Override
    public boolean readSheet(String sheet, RowHandler handler) throws UnreadableInputException {
        Path file = sheets.get(sheet.toLowerCase(Locale.ROOT));
        if (file == null) {
            return false;
        }
        read(file, sheets.size() == 1 ? fileName : fileName + "/" + file.getFileName(), handler);
        return true;
    }

    @Override
    public void close() {
    }

    /**
     * The cells of the file's first non-blank record (its header), or an empty list when it has none; for telling one
     * kind of CSV file from another by content.
     */
    public static List<String> header(Path file, String label) throws UnreadableInputException {
        List<String> header = new ArrayList<>();
        try {
            read(file, label, (rowNumber, cells) -> {
                for (RawCell cell : cells) {
                    if (!cell.isBlank()) {
                        cells.forEach(c -> header.add(c.asText()));
                        throw new HeaderFound();
                    }
                }
            });
        } catch (HeaderFound found) {
            return header;
        }
        return header;
    }

    /** Stops reading once the header is found. */
    private static final class HeaderFound extends RuntimeException {
        HeaderFound() {
            super(null, null, false, false);
        }
    }

    private static void read(Path file, String label, RowHandler handler) throws UnreadableInputException {
        byte[] head;
        try {
            head = Sniffer.head(file);
        } catch (IOException e) {
            throw new UnreadableInputException(label + " cannot be read (" + e.getMessage() + ")");
        }
        Sniffer kind = Sniffer.of(head);
        if (kind == Sniffer.EMPTY) {
            return; // a sheet without rows; an Items sheet without a header is reported by the mapping
        }
        if (kind != Sniffer.TEXT) {
            throw new UnreadableInputException(label + " is not a CSV text file (expected comma-, semicolon- or "
                    + "tab-separated text with a header row)");
        }
        int bom = Sniffer.bomLength(head);
        Charset charset = charset(head, bom);
        long row = 0;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bom);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    HEADER_LIMIT);
            char delimiter = delimiter(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .build();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    row = record.getRecordNumber();
                    List<RawCell> cells = new ArrayList<>(record.size());
                    for (String value : record) {
                        cells.add(RawCell.text(value));
                    }
                    handler.row((int) row, cells);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw damaged(label, row + 1, cause.getMessage());
        }
    }

    private static final Pattern UNCLOSED_QUOTE = Pattern.compile(
            "\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private static final Pattern TEXT_AFTER_QUOTE = Pattern.compile(
            "Invalid character between encapsulated token and delimiter at line: (\\d+)");

    /**
     * One line for a file the CSV reader gave up on: the row as a spreadsheet would number it (header = 1) and, for
     * the faults people make, what is wrong in their words rather than the reader's.
     */
    static UnreadableInputException damaged(String label, long row, String reason) {
        String why = reason == null ? "" : reason;
        Matcher unclosed = UNCLOSED_QUOTE.matcher(why);
        if (unclosed.find()) {
            return new UnreadableInputException(label + " cannot be read as CSV: row " + row + " (line "
                    + unclosed.group(1) + " of the file) opens a quoted cell that is never closed; the file ends "
                    + "inside it (is the file cut short, or is a quote missing?)");
        }
        Matcher afterQuote = TEXT_AFTER_QUOTE.matcher(why);
        if (afterQuote.find()) {
            return new UnreadableInputException(label + " cannot be read as CSV: row " + row + " (line "
                    + afterQuote.group(1) + " of the file) has text right after a quoted cell's closing quote "
                    + "(a quote inside a quoted cell is written twice: \"\")");
        }
        return new UnreadableInputException(label + " cannot be read as CSV at row " + row + " (" + why + ")");
    }

    /** UTF-8 unless a UTF-16 mark says otherwise or the first bytes are not UTF-8 (then Windows-1252). */
    private static Charset charset(byte[] head, int bom) {
        if (Sniffer.bomLength(head) == 2) {
            return (head[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        }
        int end = head.length;
        if (end == Sniffer.HEAD) {
            // do not judge a character the sample cut in two
            while (end > bom && (head[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > bom && (head[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, bom, end - bom));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** The separator that splits the header line, outside quotes, into the most cells; ',' on a tie. */
    static char delimiter(Reader reader) throws IOException {
        reader.mark(HEADER_LIMIT);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < HEADER_LIMIT - 1; i++) {
            int c = reader.read();
            if (c < 0 || (!quoted && started && (c == '\n' || c == '\r'))) {
                break;
            }
            started |= !Character.isWhitespace(c);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        reader.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }
}
