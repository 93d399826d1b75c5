package io.executionauditor.corpus;

import static io.executionauditor.corpus.XlsxParts.row;
import static io.executionauditor.corpus.XlsxParts.worksheet;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.plan.WorkItem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every kind of bad input the importers must survive, made by the test into a folder rather than checked in: files
 * that cannot be read at all (each must be refused in one line naming the file and what was expected) and files
 * that are awkward but readable (each must be read right, its problems reported at their sheet, row and column).
 * Random bytes come from fixed seeds, so every run sees the same files.
 */
final class BadInputCorpus {
    private BadInputCorpus() {
    }

    /** What a case must come to. */
    sealed interface Expect permits Refused, Read {
    }

    /** The input cannot be read: one line naming the file and saying each of these. */
    record Refused(List<String> says) implements Expect {
    }

    /**
     * The input is read: the import report holds an issue containing each of {@code issues} (as
     * {@code Items row 3, column Due: ...}), and {@code check} holds for the plan.
     */
    record Read(List<String> issues, Consumer<ImportResult> check) implements Expect {
    }

    /** Writes the case's file. */
    @FunctionalInterface
    interface Content {
        void write(Path file) throws Exception;
    }

    /**
     * One input: {@code name} says what it is, {@code fileName} is the name it is written under (and the name
     * every message must give), {@code shownName} the name the web shows for it.
     */
    record Case(String name, String fileName, Content content, Expect expect) {
        @Override
        public String toString() {
            return name;
        }

        /** The name as a message shows it: the last part of the path. */
        String shownName() {
            return fileName.substring(fileName.lastIndexOf('/') + 1);
        }

        boolean refused() {
            return expect instanceof Refused;
        }

        /** Writes the file under {@code dir}, in a folder of its own. */
        Path writeUnder(Path dir) throws Exception {
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-")).resolve(fileName);
            Files.createDirectories(file.getParent());
            content.write(file);
            return file;
        }
    }

    static List<Case> cases() {
        return List.of(
                refused("empty file", "plan.xlsx", file -> Files.write(file, new byte[0]), "plan.xlsx is empty",
                        "expected an .xlsx workbook"),
                refused("only blank lines", "plan.csv", file -> Files.writeString(file, " \r\n\t\r\n\n"),
                        "plan.csv is empty", "expected an .xlsx workbook"),
                refused("random bytes", "plan.xlsx", file -> Files.write(file, random(1, 65_536)),
                        "neither a workbook", "expected an .xlsx workbook"),
                refused("random bytes after a zip header", "plan.xlsx",
                        file -> Files.write(file, withHead(random(2, 8192), 0x50, 0x4B, 0x03, 0x04)),
                        "damaged zip file", "expected an .xlsx workbook"),
                refused("random bytes after an OLE2 header", "plan.mpp",
                        file -> Files.write(file, withHead(random(3, 8192), 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A,
                                0xE1)),
                        "damaged or truncated Office file", "expected an .xlsx workbook"),
                refused("truncated workbook", "plan.xlsx", file -> {
                    byte[] whole = poiWorkbook();
                    Files.write(file, Arrays.copyOf(whole, whole.length * 6 / 10));
                }, "damaged zip file", "cut short", "expected an .xlsx workbook"),
                refused("a PDF named .xlsx", "plan.xlsx", BadInputCorpus::pdf, "is a PDF document",
                        "expected an .xlsx workbook"),
                refused("a PNG image named .xlsx", "plan.xlsx", file -> image(file, "png"), "is a PNG image",
                        "expected an .xlsx workbook"),
                refused("a JPEG image named .csv", "plan.csv", file -> image(file, "jpg"), "is a JPEG image",
                        "expected an .xlsx workbook"),
                refused("an HTML page named .xlsx", "plan.xlsx", file -> Files.writeString(file, "<!DOCTYPE html>\n"
                        + "<html><body><table><tr><th>Key</th></tr><tr><td>A-1</td></tr></table></body></html>\n"),
                        "is a web page (HTML)", "expected an .xlsx workbook"),
                refused("an OpenDocument spreadsheet named .xlsx", "plan.xlsx", BadInputCorpus::ods,
                        "plan.xlsx is an OpenDocument file", "save it as .xlsx"),
                refused("a Word document named .xlsx", "plan.xlsx", BadInputCorpus::docx,
                        "plan.xlsx is a Word document", "expected an .xlsx workbook"),
                refused("password-protected workbook", "secret.xlsx", BadInputCorpus::encrypted,
                        "secret.xlsx is a password-protected (encrypted) workbook", "remove the password"),
                refused("old .xls workbook", "plan.xls", BadInputCorpus::xls,
                        "plan.xls is an old Excel 97-2003 workbook (.xls)", "save it as .xlsx"),
                refused("zip bomb", "bomb.xlsx", file -> zipBomb(file, false), "bomb.xlsx", "zip bomb"),
                refused("zip bomb whose directory lies about its sizes", "liar.xlsx", file -> zipBomb(file, true),
                        "liar.xlsx", "zip bomb"),
                refused("a zip of twenty thousand parts", "parts.xlsx", file -> {
                    Map<String, byte[]> parts = new java.util.LinkedHashMap<>(XlsxParts.workbook()
                            .sheet("Items", worksheet(row(1, "Key"), row(2, "A-1"))).parts());
                    for (int i = 0; i < 20_000; i++) {
                        parts.put("xl/media/empty" + i + ".bin", new byte[0]);
                    }
                    XlsxParts.zip(parts, Files.newOutputStream(file));
                }, "parts.xlsx is a zip file of 20006 parts, refused"),
                refused("external entity in a sheet", "xxe.xlsx", file -> XlsxParts.workbook()
                        .sheet("Items", "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "
                                + "\"file:///etc/passwd\">]>" + worksheet(row(1, "Key", "Title"), row(2, "A-1", "x"))
                                        .replace("<t>x</t>", "<t>&xxe;</t>").replaceFirst("<\\?xml[^>]*>\\n", ""))
                        .write(file), "xxe.xlsx", "DOCTYPE", "refused"),
                refused("entity expansion in the shared strings", "laughs.xlsx", file -> XlsxParts.workbook()
                        .sheet("Items", worksheet(row(1, "Key"), "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"))
                        .sharedStrings("<?xml version=\"1.0\"?>\n" + LAUGHS.replace("ROOT", "sst")
                                + "<sst xmlns=\"" + XlsxParts.MAIN + "\"><si><t>&lol9;</t></si></sst>")
                        .write(file), "laughs.xlsx", "DOCTYPE", "refused"),
                refused("entity in the workbook part", "book.xlsx", file -> XlsxParts.workbook()
                        .workbookPrologue("<!DOCTYPE workbook [<!ENTITY e SYSTEM \"http://127.0.0.1:9/x\">]>")
                        .sheet("Items", worksheet(row(1, "Key"), row(2, "A-1"))).write(file),
                        "book.xlsx", "DOCTYPE", "refused"),
                refused("a cell whose style number is no number", "style.xlsx", file -> XlsxParts.workbook()
                        .sheet("Items", worksheet(row(1, "Key"), row(2, "A-1")).replace("<c r=\"A2\"",
                                "<c r=\"A2\" s=\"first\""))
                        .write(file), "style.xlsx: sheet Items cannot be read after row 1", "first"),
                refused("a shared string far past the end of the table", "strings.xlsx", file -> XlsxParts.workbook()
                        .sheet("Items", worksheet(row(1, "Key"),
                                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2000000000</v></c></row>"))
                        .sharedStrings("<sst xmlns=\"" + XlsxParts.MAIN + "\"><si><t>A-1</t></si></sst>").write(file),
                        "strings.xlsx: sheet Items cannot be read after row 1", "more than fits in the memory"),
                refused("a sheet listed without a name", "plan.xlsx", file -> {
                    XlsxParts book = XlsxParts.workbook().sheet("Items", worksheet(row(1, "Key"), row(2, "A-1")))
                            .sheet("Notes", worksheet());
                    String listing = new String(book.parts().get("xl/workbook.xml"), UTF_8);
                    book.part("xl/workbook.xml", listing.replace("name=\"Notes\" ", "")).write(file);
                }, "plan.xlsx is damaged: its sheet number 2 has no name", "expected every sheet"),
                refused("workbook without an Items sheet", "plan.xlsx", file -> XlsxParts.workbook()
                        .sheet("Tasks", worksheet(row(1, "Key"), row(2, "A-1"))).write(file),
                        "plan.xlsx has no Items sheet", "Tasks"),
                refused("Items sheet without a header", "plan.xlsx", file -> XlsxParts.workbook()
                        .sheet("Items", worksheet()).write(file), "plan.xlsx: the Items sheet is empty",
                        "expected a header row"),
                refused("CSV separated by a character no spreadsheet uses", "plan.csv",
                        file -> Files.writeString(file, "Key|Title|Owner\nA-1|Login|Ana\n"),
                        "plan.csv", "|", "comma"),
                refused("a header cell that spans two lines", "plan.csv",
                        file -> Files.writeString(file, "\"Ti\ntle\",Owner\nLogin,Ana\n"),
                        "plan.csv: the Items sheet has no Key", "(row 1: Ti tle, Owner)"),
                refused("CSV whose quote never closes", "plan.csv",
                        file -> Files.writeString(file, "Key,Title\nA-1,\"Login\nA-2,Logout\n"),
                        "plan.csv", "row 2", "never closed"),
                refused("truncated MS Project file", "plan.mpp", file -> {
                    byte[] whole = Files.readAllBytes(Path.of("src/test/resources/realdata/project/sample.mpp"));
                    Files.write(file, Arrays.copyOf(whole, whole.length / 2));
                }, "plan.mpp", "damaged or truncated", "MS Project"),
                refused("MS Project file whose header claims two gigabytes", "plan.mpp",
                        BadInputCorpus::mppClaimingGigabytes, "plan.mpp", "more than fits in the memory", "damaged"),
                refused("MS Project XML with an external entity", "plan.xml", file -> Files.writeString(file,
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&xxe;</Name>"
                                + "<Tasks><Task><UID>1</UID><ID>1</ID><Name>&xxe;</Name></Task></Tasks></Project>\n"),
                        "plan.xml", "DOCTYPE", "refused"),
                refused("GanttProject file with a billion laughs", "plan.gan", file -> Files.writeString(file,
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + LAUGHS.replace("ROOT", "project")
                                + "<project name=\"&lol9;\" company=\"\" webLink=\"\" view-date=\"2026-01-01\" "
                                + "view-index=\"0\" gantt-divider-location=\"300\" resource-divider-location=\"300\" "
                                + "version=\"3.2.3230\" locale=\"en_GB\"><tasks><task id=\"0\" name=\"&lol9;\" "
                                + "start=\"2026-01-05\" duration=\"5\" complete=\"0\" expand=\"true\"/></tasks>"
                                + "</project>\n"), "plan.gan", "DOCTYPE", "refused"),
                refused("file name with path separators and odd characters", "sub dir ü/pl an;'\"€ (1).xlsx",
                        file -> Files.write(file, random(4, 4096)), "pl an;'\"€ (1).xlsx", "neither a workbook"),
                refused("file name with a line break", "two\nlines.xlsx", file -> Files.write(file, new byte[0]),
                        "two", "lines.xlsx is empty"),
                read("formula cells give their cached values", "formulas.xlsx", file -> XlsxParts.workbook()
                        .sheet("Items", worksheet(row(1, "Key", "Title", "Estimate", "Owner", "Due"),
                                row(2, "A-1", "=CONCATENATE(\"Log\",\"in\")|\"Login\"", "=2+3|5", "=\"Ana\"|\"Ana\"",
                                        "=DATE(2026,3,20)|46101"),
                                row(3, "A-2", "=A2&\"-next\"|\"A-1-next\"", "=NA()", "Bo")))
                        .write(file), List.of(), result -> {
                            WorkItem first = item(result, "A-1");
                            assertThat(first.title()).isEqualTo("Login");
                            assertThat(first.estimate()).isEqualTo(5.0);
                            assertThat(first.owners()).containsExactly("Ana");
                            assertThat(first.due()).isEqualTo(LocalDate.of(2026, 3, 20));
                            assertThat(item(result, "A-2").title()).isEqualTo("A-1-next");
                            assertThat(item(result, "A-2").estimate()).isNull();
                        }),
                read("merged cells: a title above the header, a header over two columns", "merged.xlsx",
                        file -> XlsxParts.workbook().sheet("Items", worksheet(row(1, "Payments plan, Q3"),
                                row(3, "Key", "Title", "Owner", null, "Estimate"),
                                row(4, "A-1", "Login", "Ana", "Bo", 3),
                                row(5, "A-2", "Logout", "Cy", null, 2))
                                .replace("</sheetData>", "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A1:E1\"/>"
                                        + "<mergeCell ref=\"C3:D3\"/></mergeCells>")).write(file),
                        List.of("Items row 1: \"Payments plan, Q3\""), result -> {
                            assertThat(result.plan().items()).extracting(WorkItem::key).containsExactly("A-1", "A-2");
                            assertThat(item(result, "A-1").owners()).containsExactly("Ana");
                            assertThat(item(result, "A-1").attributes()).containsEntry("column D", "Bo");
                            assertThat(item(result, "A-2").estimate()).isEqualTo(2.0);
                        }),
                read("hidden sheets are read", "hidden.xlsx", file -> XlsxParts.workbook()
                        .sheet("Notes", worksheet(row(1, "just notes")))
                        .sheet("Items", "hidden", worksheet(row(1, "Key", "Owner"), row(2, "A-1", "Ana")))
                        .sheet("People", "veryHidden", worksheet(row(1, "Person", "Capacity"), row(2, "Ana", 30)))
                        .write(file), List.of(), result -> {
                            assertThat(result.plan().items()).extracting(WorkItem::key).containsExactly("A-1");
                            assertThat(result.plan().people()).singleElement()
                                    .satisfies(p -> assertThat(p.capacity()).isEqualTo(30.0));
                        }),
                read("text in number columns", "numbers.xlsx", file -> XlsxParts.workbook()
                        .sheet("Items", worksheet(row(1, "Key", "Estimate", "Actual"), row(2, "A-1", "lots", 3),
                                row(3, "A-2", 5, "n/a")))
                        .write(file), List.of("Items row 2, column Estimate: \"lots\" is not a number",
                                "Items row 3, column Actual: \"n/a\" is not a number"), result -> {
                            assertThat(result.plan().items()).extracting(WorkItem::key).containsExactly("A-1", "A-2");
                            assertThat(item(result, "A-1").actual()).isEqualTo(3.0);
                            assertThat(item(result, "A-2").estimate()).isEqualTo(5.0);
                        }),
                read("impossible dates in a workbook", "dates.xlsx", file -> XlsxParts.workbook()
                        .sheet("Items", worksheet(row(1, "Key", "Due", "Start"), row(2, "A-1", "2026-02-30",
                                "2026-02-27"), row(3, "A-2", "31/04/2026", "2026-13-01")))
                        .write(file), List.of("Items row 2, column Due: \"2026-02-30\" is not a date",
                                "Items row 3, column Due: \"31/04/2026\" is not a date",
                                "Items row 3, column Start: \"2026-13-01\" is not a date"), result -> {
                            assertThat(item(result, "A-1").due()).isNull();
                            assertThat(item(result, "A-1").start()).isEqualTo(LocalDate.of(2026, 2, 27));
                        }),
                read("impossible date in a CSV file", "dates.csv",
                        file -> Files.writeString(file, "Key,Due\nA-1,2026-02-30\nA-2,2026-03-02\n"),
                        List.of("Items row 2, column Due: \"2026-02-30\" is not a date"),
                        result -> assertThat(item(result, "A-2").due()).isEqualTo(LocalDate.of(2026, 3, 2))),
                read("duplicate keys", "duplicates.xlsx", file -> XlsxParts.workbook()
                        .sheet("Items", worksheet(row(1, "Key", "Title"), row(2, "A-1", "first"),
                                row(3, "A-1", "second"), row(4, "A-2", "other")))
                        .write(file), List.of("Items row 3, column Key: duplicate key \"A-1\" (first on row 2): "
                                + "row skipped"), result -> {
                            assertThat(item(result, "A-1").title()).isEqualTo("first");
                            assertThat(result.report().sheets()).contains(new SheetCounts("Items", 3, 2, 1));
                        }),
                read("duplicate issue keys in a Jira export", "jira.csv", file -> Files.writeString(file,
                        "Summary,Issue key,Issue id,Issue Type,Status,Assignee\n"
                                + "Login,PAY-1,10001,Story,To Do,Ana\nLogin again,PAY-1,10002,Story,To Do,Bo\n"
                                + "Logout,PAY-2,10003,Story,Done,Bo\n"),
                        List.of("Jira export row 3, column Issue key: issue PAY-1 again (first on row 2)"),
                        result -> assertThat(result.plan().items()).extracting(WorkItem::key)
                                .containsExactly("PAY-1", "PAY-2")),
                read("a CSV file in Windows-1252", "cp1252.csv", file -> Files.write(file,
                        "Key;Title;Owner;Estimate\r\nA-1;Café crème – 5€;Renée Müller;2,5\r\n"
                                .getBytes(Charset.forName("windows-1252"))), List.of(), result -> {
                            assertThat(item(result, "A-1").title()).isEqualTo("Café crème – 5€");
                            assertThat(item(result, "A-1").owners()).containsExactly("Renée Müller");
                            assertThat(item(result, "A-1").estimate()).isEqualTo(2.5);
                        }),
                read("a million empty styled rows", "styled.xlsx", BadInputCorpus::millionStyledRows, List.of(),
                        result -> {
                            assertThat(result.plan().items()).extracting(WorkItem::key).containsExactly("A-1", "A-2");
                            assertThat(result.report().issues()).isEmpty();
                        }),
                read("styled cells out to the last column", "wide.xlsx", BadInputCorpus::wideStyledRows, List.of(),
                        result -> assertThat(result.plan().items()).extracting(WorkItem::key)
                                .containsExactly("A-1", "A-2")),
                read("odd file name, readable content", "sub dir ü/pl an;'\"€ (2).csv",
                        file -> Files.writeString(file, "Key,Title\nA-1,Login\n"), List.of(),
                        result -> assertThat(result.plan().source()).isEqualTo("pl an;'\"€ (2).csv")));
    }

    /** A DOCTYPE defining lol9 as 10^9 "lol"s; ROOT names the root element. */
    static final String LAUGHS = "<!DOCTYPE ROOT [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    private static Case refused(String name, String fileName, Content content, String... says) {
        return new Case(name, fileName, content, new Refused(List.of(says)));
    }

    private static Case read(String name, String fileName, Content content, List<String> issues,
            Consumer<ImportResult> check) {
        return new Case(name, fileName, content, new Read(issues, check));
    }

    static WorkItem item(ImportResult result, String key) {
        return result.plan().items().stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + key + " in " + result.plan().items().stream()
                        .map(WorkItem::key).collect(Collectors.joining(", "))));
    }

    static byte[] random(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] withHead(byte[] bytes, int... head) {
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return bytes;
    }

    /** A small workbook as Apache POI writes it. */
    static byte[] poiWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Workbook workbook) {
        var sheet = workbook.createSheet("Items");
        String[][] rows = {{"Key", "Title", "Owner", "Status"}, {"A-1", "Login", "Ana", "Doing"},
            {"A-2", "Logout", "Bo", "Done"}};
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }

    private static void encrypted(Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(poiWorkbook());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    private static void xls(Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.write(out);
        }
    }

    /** The sample .mpp with the length of its CompObj stream's first string set to 2 GB, as MPXJ reads it. */
    private static void mppClaimingGigabytes(Path file) throws IOException {
        try (POIFSFileSystem project = new POIFSFileSystem(Files.newInputStream(
                Path.of("src/test/resources/realdata/project/sample.mpp")))) {
            byte[] compObj;
            try (DocumentInputStream in = project.createDocumentInputStream("\u0001CompObj")) {
                compObj = in.readAllBytes();
            }
            ByteBuffer.wrap(compObj).order(ByteOrder.LITTLE_ENDIAN).putInt(28, Integer.MAX_VALUE - 16);
            project.createOrUpdateDocument(new ByteArrayInputStream(compObj), "\u0001CompObj");
            try (OutputStream out = Files.newOutputStream(file)) {
                project.writeFilesystem(out);
            }
        }
    }

    private static void pdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
    }

    /** An OpenDocument spreadsheet as LibreOffice lays it out: its mimetype first, stored, then its XML. */
    private static void ods(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(UTF_8);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body><office:spreadsheet/>"
                    + "</office:body></office:document-content>").getBytes(UTF_8));
        }
    }

    private static void docx(Path file) throws IOException {
        XlsxParts.zip(Map.of("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>").getBytes(UTF_8), "word/document.xml", ("<?xml version=\"1.0\"?><w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Plan"
                + "</w:t></w:r></w:p></w:body></w:document>").getBytes(UTF_8)), Files.newOutputStream(file));
    }

    private static void image(Path file, String format) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF8800);
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no " + format + " writer");
        }
    }

    /**
     * A workbook whose Items sheet inflates to 256 MB of blanks from a quarter of a megabyte. With {@code lie}, its zip
     * directory and data descriptor claim the sheet is 4 KB, as a bomb made to slip past a size check does.
     */
    private static void zipBomb(Path file, boolean lie) throws IOException {
        Map<String, byte[]> parts = XlsxParts.workbook().sheet("Items", worksheet(row(1, "Key"), row(2, "A-1")))
                .parts();
        String sheetName = "xl/worksheets/sheet1.xml";
        byte[] sheet = parts.get(sheetName);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals(sheetName)) {
                    String xml = new String(sheet, UTF_8);
                    int cut = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write(xml.substring(0, cut).getBytes(UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 256; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(cut).getBytes(UTF_8));
                } else {
                    zip.write(part.getValue());
                }
                zip.closeEntry();
            }
        }
        byte[] zip = bytes.toByteArray();
        if (lie) {
            ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i + 4 <= zip.length; i++) {
                int signature = buffer.getInt(i);
                if (signature == 0x08074b50 && buffer.getInt(i + 12) > 1 << 27) {
                    buffer.putInt(i + 12, 4096); // data descriptor: crc, compressed size, size
                } else if (signature == 0x02014b50 && buffer.getInt(i + 24) > 1 << 27) {
                    buffer.putInt(i + 24, 4096); // central directory: the size a reader plans for
                }
            }
        }
        Files.write(file, zip);
    }

    /**
     * Two items, then a million rows holding nothing but formatting, as a sheet gets when whole rows were given a
     * fill down to the bottom.
     */
    private static void millionStyledRows(Path file) throws IOException {
        XlsxParts.workbook().streamedSheet("Items", out -> {
            out.write((XlsxParts.worksheetStart() + row(1, "Key", "Title") + row(2, "A-1", "Login")
                    + row(3, "A-2", "Logout")).getBytes(UTF_8));
            StringBuilder rows = new StringBuilder();
            for (int r = 4; r <= 1_000_003; r++) {
                rows.append("<row r=\"").append(r).append("\" s=\"2\" customFormat=\"1\"><c r=\"A").append(r)
                        .append("\" s=\"2\"/></row>");
                if (rows.length() > 1 << 16) {
                    out.write(rows.toString().getBytes(UTF_8));
                    rows.setLength(0);
                }
            }
            out.write((rows + XlsxParts.worksheetEnd()).getBytes(UTF_8));
        }).write(file);
    }

    /** Two items, then 20,000 rows each with a formatted empty cell in the last column Excel has (XFD). */
    private static void wideStyledRows(Path file) throws IOException {
        XlsxParts.workbook().streamedSheet("Items", out -> {
            out.write((XlsxParts.worksheetStart() + row(1, "Key", "Title") + row(2, "A-1", "Login")
                    + row(3, "A-2", "Logout")).getBytes(UTF_8));
            StringBuilder rows = new StringBuilder();
            for (int r = 4; r <= 20_003; r++) {
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" s=\"2\"/><c r=\"XFD")
                        .append(r).append("\" s=\"2\"/></row>");
            }
            out.write((rows + XlsxParts.worksheetEnd()).getBytes(UTF_8));
        }).write(file);
    }
}
