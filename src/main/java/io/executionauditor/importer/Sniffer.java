package io.executionauditor.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file is, by its first bytes, never by its name. */
public enum Sniffer {
    EMPTY, ZIP, OLE2, TEXT, BINARY;

    /** How many leading bytes {@link #of(byte[])} looks at. */
    public static final int HEAD = 8192;

    public static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    public static Sniffer of(byte[] head) {
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return ZIP;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        int start = bomLength(head);
        boolean utf16 = startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
        boolean blank = true;
        int control = 0;
        for (int i = start; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0 && !utf16) {
                return BINARY;
            }
            if (b != 0 && !Character.isWhitespace(b)) {
                blank = false;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0) || b == 0x7F) {
                control++;
            }
        }
        if (blank) {
            return EMPTY;
        }
        return control * 100 > head.length - start ? BINARY : TEXT;
    }

    /**
     * What a file of a well-known format that is no plan is ("a PDF document", "a PNG image"), by its signature, or
     * {@code null}: people upload the wrong attachment, and "not a workbook" helps less than naming what it is.
     */
    public static String foreign(byte[] head) {
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return "a PDF document";
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "a PNG image";
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (startsWith(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "a 7-Zip archive";
        }
        if (startsWith(head, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return "a RAR archive";
        }
        if (startsWith(head, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document";
        }
        return null;
    }

    /**
     * Text that is a project file rather than CSV: XML (MS Project XML, P6 XML, GanttProject, Planner...), MPX
     * ({@code MPX,}) or Primavera XER ({@code ERMHDR}).
     */
    public static boolean isProjectText(byte[] head) {
        int i = bomLength(head);
        while (i < head.length && Character.isWhitespace(head[i] & 0xFF)) {
            i++;
        }
        String start = new String(head, i, Math.min(head.length - i, 8), java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.startsWith("<") || start.startsWith("MPX,") || start.startsWith("ERMHDR");
    }

    /** Markup that is a web page: it opens with an HTML doctype or an {@code <html>} element. */
    public static boolean isWebPage(byte[] head) {
        String start = text(head).stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    /**
     * Whether XML declares a DOCTYPE (or entities) in its first bytes, where a prolog is: no plan format needs one,
     * and entities are how XML is made to fetch files (XXE) or expand without end (billion laughs).
     */
    public static boolean declaresDoctype(byte[] head) {
        String text = text(head);
        return text.stripLeading().startsWith("<") && (text.contains("<!DOCTYPE") || text.contains("<!ENTITY"));
    }

    /** The head as text: UTF-16 by its byte-order mark, else byte by byte (enough to find ASCII markup). */
    private static String text(byte[] head) {
        int bom = bomLength(head);
        java.nio.charset.Charset charset = bom == 2 ? ((head[0] & 0xFF) == 0xFF
                ? java.nio.charset.StandardCharsets.UTF_16LE : java.nio.charset.StandardCharsets.UTF_16BE)
                : java.nio.charset.StandardCharsets.ISO_8859_1;
        return new String(head, bom, head.length - bom, charset);
    }

    /** Length of a UTF-8 or UTF-16 byte-order mark at the start, else 0. */
    public static int bomLength(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return 2;
        }
        return 0;
    }

    static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
