package io.executionauditor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The rule set the build copies into the jar ({@code bundled-rules/}), for a jar used away from its repository. */
final class BundledRules {
    private static final String FOLDER = "bundled-rules/";
    private static final String IN_BOOT_JAR = "BOOT-INF/classes/" + FOLDER;

    private BundledRules() {
    }

    /** The jar this program runs from ({@code java -jar}), or {@code null} when run from classes. */
    static Path runningJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            return Path.of(classPath).toAbsolutePath();
        }
        return null;
    }

    /** A folder holding the bundled rule set, copied out of the jar when needed; {@code null} when there is none. */
    static Path extract() {
        URL thresholds = BundledRules.class.getResource("/" + FOLDER + "thresholds.yaml");
        if (thresholds == null) {
            return null;
        }
        try {
            if ("file".equals(thresholds.getProtocol())) {
                return Path.of(thresholds.toURI()).getParent();
            }
            Path jar = runningJar();
            return jar == null ? null : copyOut(jar);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static Path copyOut(Path jar) throws IOException {
        Path target = Files.createTempDirectory("execution-auditor-rules");
        target.toFile().deleteOnExit();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(IN_BOOT_JAR) && !entry.isDirectory() && !name.substring(IN_BOOT_JAR.length())
                        .contains("/")) {
                    Path file = target.resolve(name.substring(IN_BOOT_JAR.length()));
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, file);
                    }
                    file.toFile().deleteOnExit();
                }
            }
        }
        return target;
    }
}
