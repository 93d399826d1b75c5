package io.executionauditor.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workbook fuzzer's input: the parts of an .xlsx as text, each after a line {@code @@part NAME}, so the fuzzer
 * mutates the XML inside a well-formed zip rather than the zip's checksums (which would only ever be refused as a
 * damaged archive). Seeds are readable files a person can review and edit.
 */
final class WorkbookParts {
    private static final byte[] MARKER = "@@part ".getBytes(UTF_8);

    private WorkbookParts() {
    }

    /** The parts in {@code input}, by name; bytes before the first marker and repeated names are ignored. */
    static Map<String, byte[]> parse(byte[] input) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        int at = indexOf(input, MARKER, 0, true);
        while (at >= 0) {
            int nameStart = at + MARKER.length;
            int nameEnd = indexOf(input, new byte[] {'\n'}, nameStart, false);
            if (nameEnd < 0) {
                break;
            }
            int next = indexOf(input, MARKER, nameEnd + 1, true);
            int end = next < 0 ? input.length : next - 1; // the line break before the next marker is not content
            String name = new String(input, nameStart, nameEnd - nameStart, UTF_8).strip();
            if (!name.isEmpty()) {
                parts.putIfAbsent(name, Arrays.copyOfRange(input, nameEnd + 1, Math.max(nameEnd + 1, end)));
            }
            at = next;
        }
        return parts;
    }

    /** The zip archive of the parts in {@code input}. */
    static byte[] zip(byte[] input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XlsxParts.zip(parse(input), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The fuzzer's text for these parts (to write a seed). */
    static byte[] text(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach((name, content) -> {
            out.writeBytes(MARKER);
            out.writeBytes((name + "\n").getBytes(UTF_8));
            out.writeBytes(content);
            out.write('\n');
        });
        return out.toByteArray();
    }

    /** Where {@code marker} starts, at or after {@code from}, at the start of a line when {@code lineStart}. */
    private static int indexOf(byte[] input, byte[] marker, int from, boolean lineStart) {
        outer:
        for (int i = from; i <= input.length - marker.length; i++) {
            if (lineStart && i > 0 && input[i - 1] != '\n') {
                continue;
            }
            for (int j = 0; j < marker.length; j++) {
                if (input[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
