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
