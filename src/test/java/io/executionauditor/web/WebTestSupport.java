package io.executionauditor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Web tests share one application context on a real H2 file database in a fresh folder, with the repository's
 * rules; {@code EXECUTION_AUDITOR_TEST_DB_URL} points them at a PostgreSQL server instead.
 */
abstract class WebTestSupport {
    static final Path DATA = createData();

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("execution-auditor.data", DATA::toString);
        registry.add("execution-auditor.rules", () -> "rules");
        String url = System.getenv("EXECUTION_AUDITOR_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> System.getenv("EXECUTION_AUDITOR_TEST_DB_USER"));
            registry.add("spring.datasource.password", () -> System.getenv("EXECUTION_AUDITOR_TEST_DB_PASSWORD"));
        }
    }

    int countAudits() {
        return jdbc.sql("SELECT COUNT(*) FROM audits").query(Integer.class).single();
    }

    long uploadedFiles() {
        Path folder = DATA.resolve("uploads");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createData() {
        try {
            return Files.createTempDirectory("execution-auditor-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
