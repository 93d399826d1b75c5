package io.executionauditor.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A rules folder (.drl files, thresholds.yaml, tests/) as one zip, to store a published version and to unpack it
 * again. Unpacking refuses entries that would land outside the target folder, and oversized archives.
 */
public final class RuleFolder {
    /** Far more than any rule set with its fixture plans needs. */
    static final long MAX_UNPACKED = 200L * 1024 * 1024;

    private RuleFolder() {
    }

    public static byte[] zip(Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(folder.relativize(file).toString().replace('\\', '/'));
                entry.setTime(0); // the same folder zips to the same bytes
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static void unzip(byte[] content, Path target) throws RuleSetException {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            Files.createDirectories(target);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target.normalize())) {
                    throw new RuleSetException(entry.getName() + ": a rules archive entry may not leave its folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                total += Files.copy(zip, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (total > MAX_UNPACKED) {
                    throw new RuleSetException("the rules archive unpacks to more than " + MAX_UNPACKED / 1024 / 1024
                            + " MB");
                }
            }
        } catch (IOException e) {
            throw new RuleSetException("the rules archive cannot be read (" + e.getMessage() + ")");
        }
    }
}
