package io.executionauditor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Keeps compiled rule packages on disk, keyed by the digest of the rule files, so an unchanged rule set is loaded in
 * milliseconds instead of compiled again (compiling takes seconds). A cache that cannot be read or written is
 * ignored: the rule set is then simply compiled.
 */
final class CompiledRuleCache {
    private static final String FORMAT = "drools-8.44-v1";
    private final Path dir;
    private final String build;

    CompiledRuleCache(Path dir) {
        this(dir, currentBuild());
    }

    CompiledRuleCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /**
     * The build of this program: compiled rules refer to the fact classes of the build that compiled them, so a
     * new build never reuses another's. Unknown (no stamp on the class path) disables the cache.
     */
    static String currentBuild() {
        try (InputStream in = CompiledRuleCache.class.getResourceAsStream("/execution-auditor-build.properties")) {
            if (in == null) {
                return null;
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            String stamp = properties.getProperty("build", "");
            return stamp.isBlank() || stamp.contains("@") ? null : stamp.replaceAll("[^A-Za-z0-9.-]", "_");
        } catch (IOException e) {
            return null;
        }
    }

    /** The cache under {@code ~/.cache/execution-auditor}, or {@code EXECUTION_AUDITOR_CACHE} when set. */
    static CompiledRuleCache inUserHome() {
        String configured = System.getenv("EXECUTION_AUDITOR_CACHE");
        Path base = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "execution-auditor");
        return new CompiledRuleCache(base.resolve("rules"));
    }

    Collection<KiePackage> read(String digest) {
        if (build == null) {
            return null;
        }
        Path file = fileFor(digest);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file);
                ObjectInputStream objects = new DroolsObjectInputStream(in, CompiledRuleCache.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            List<KiePackage> packages = (List<KiePackage>) objects.readObject();
            return packages;
        } catch (IOException | ClassNotFoundException | RuntimeException unusable) {
            return null;
        }
    }

    void write(String digest, Collection<KiePackage> packages) {
        if (build == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "rules", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp);
                    ObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(new ArrayList<>(packages));
            }
            try {
                Files.move(temp, fileFor(digest), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, fileFor(digest), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException notCached) {
            // a read-only home or a full disk only costs the next run a compile
        }
    }

    private Path fileFor(String digest) {
        return dir.resolve(FORMAT + "-" + build + "-" + digest + ".bin");
    }
}
