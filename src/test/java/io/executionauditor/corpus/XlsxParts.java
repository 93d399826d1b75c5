package io.executionauditor.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx workbook written part by part, as Excel lays it out, so a test can put anything into any part: the
 * corpus's hostile XML (entities, a million rows), the fuzzer's mutated sheets. Cells are inline strings, numbers
 * or formulas with their cached value, so a sheet is one self-contained part.
 */
final class XlsxParts {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    /** Style 0 is General, 1 a date (dd/mm/yyyy), 2 a filled cell holding nothing (formatting only). */
    static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="%s"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
            <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>\
            <borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" \
            borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs></styleSheet>"""
            .formatted(MAIN);

    /** A sheet: its name, its visibility ({@code visible}, {@code hidden}, {@code veryHidden}) and its XML. */
    record Sheet(String name, String state, String xml) {
    }

    /** Writes a part's bytes; lets a part too large for memory (a million rows) be streamed into the archive. */
    @FunctionalInterface
    interface Part {
        void writeTo(OutputStream out) throws IOException;
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final Map<Integer, Part> streamedSheets = new LinkedHashMap<>();
    private final Map<String, String> extra = new LinkedHashMap<>();
    private String sharedStrings;
    private String workbookPrologue = "";

    static XlsxParts workbook() {
        return new XlsxParts();
    }

    XlsxParts sheet(String name, String xml) {
        return sheet(name, "visible", xml);
    }

    XlsxParts sheet(String name, String state, String xml) {
        sheets.add(new Sheet(name, state, xml));
        return this;
    }

    /** A sheet whose XML is written straight into the archive. */
    XlsxParts streamedSheet(String name, Part xml) {
        sheets.add(new Sheet(name, "visible", ""));
        streamedSheets.put(sheets.size(), xml);
        return this;
    }

    /** A sharedStrings part; cells refer to its items with {@code t="s"}. */
    XlsxParts sharedStrings(String xml) {
        this.sharedStrings = xml;
        return this;
    }

    /** Text put before {@code <workbook>} in workbook.xml (a DOCTYPE, say). */
    XlsxParts workbookPrologue(String text) {
        this.workbookPrologue = text;
        return this;
    }

    /** Any other part, by its name in the archive. */
    XlsxParts part(String name, String content) {
        extra.put(name, content);
        return this;
    }

    /** The parts by name, in the order Excel writes them. */
    Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.styles+xml\"/>");
        StringBuilder workbookSheets = new StringBuilder();
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdStyles\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            int n = i + 1;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"")
                    .append(SHEET_TYPE).append("\"/>");
            workbookSheets.append("<sheet name=\"").append(escape(sheet.name())).append("\" sheetId=\"").append(n)
                    .append('"').append(sheet.state().equals("visible") ? "" : " state=\"" + sheet.state() + "\"")
                    .append(" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
        }
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdStrings\" Type=\"").append(REL)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        parts.put("[Content_Types].xml", types.toString().getBytes(UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>").getBytes(UTF_8));
        parts.put("xl/workbook.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + workbookPrologue + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                + workbookSheets + "</sheets></workbook>").getBytes(UTF_8));
        parts.put("xl/_rels/workbook.xml.rels", rels.toString().getBytes(UTF_8));
        parts.put("xl/styles.xml", STYLES.getBytes(UTF_8));
        for (int i = 0; i < sheets.size(); i++) {
            parts.put("xl/worksheets/sheet" + (i + 1) + ".xml", sheets.get(i).xml().getBytes(UTF_8));
        }
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings.getBytes(UTF_8));
        }
        extra.forEach((name, content) -> parts.put(name, content.getBytes(UTF_8)));
        return parts;
    }

    void write(Path file) throws IOException {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts().forEach((name, bytes) -> parts.put(name, out -> out.write(bytes)));
        streamedSheets.forEach((n, part) -> parts.put("xl/worksheets/sheet" + n + ".xml", part));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, Part> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().writeTo(zip);
                zip.closeEntry();
            }
        }
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            zip(parts(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void zip(Map<String, byte[]> parts, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }

    /** A worksheet holding these rows (see {@link #row}). */
    static String worksheet(String... rows) {
        return worksheetStart() + String.join("", rows) + worksheetEnd();
    }

    static String worksheetStart() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + REL + "\"><sheetData>";
    }

    static String worksheetEnd() {
        return "</sheetData></worksheet>";
    }

    /**
     * Row {@code r} (1-based) with cells from column A: a Number is a numeric cell, a String starting with {@code =}
     * a formula written {@code =FORMULA|cached value} (a cached value in quotes is text), {@code null} no cell, any
     * other String an inline string.
     */
    static String row(int r, Object... cells) {
        StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.length; c++) {
            Object value = cells[c];
            if (value == null) {
                continue;
            }
            String ref = column(c) + r;
            if (value instanceof Number number) {
                row.append("<c r=\"").append(ref).append("\"><v>").append(number).append("</v></c>");
            } else if (value.toString().startsWith("=")) {
                String[] formula = value.toString().substring(1).split("\\|", 2);
                String cached = formula.length > 1 ? formula[1] : null;
                boolean text = cached != null && cached.startsWith("\"");
                row.append("<c r=\"").append(ref).append('"').append(text ? " t=\"str\"" : "").append("><f>")
                        .append(escape(formula[0])).append("</f>");
                if (cached != null) {
                    row.append("<v>").append(escape(text ? cached.substring(1, cached.length() - 1) : cached))
                            .append("</v>");
                }
                row.append("</c>");
            } else {
                row.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(value.toString()))
                        .append("</t></is></c>");
            }
        }
        return row.append("</row>").toString();
    }

    /** Spreadsheet letters of a 0-based column: 0 is A, 26 is AA. */
    static String column(int index) {
        StringBuilder out = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            out.insert(0, (char) ('A' + i % 26));
        }
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
