package io.executionauditor.web;

import io.executionauditor.store.TestDatabases;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Concurrent uploads onto H2 in a file, the database {@code serve} uses by default. */
class H2ConcurrentUploadsTest extends ConcurrentUploadsTest {
    static final Path DATA = TestDatabases.newFolder("execution-auditor-concurrent-h2");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry, DATA);
    }
}
