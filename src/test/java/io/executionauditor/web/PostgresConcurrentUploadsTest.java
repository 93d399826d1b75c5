package io.executionauditor.web;

import io.executionauditor.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Concurrent uploads onto the PostgreSQL server the environment names (see {@link TestDatabases}). */
@ExtendWith(TestDatabases.RequirePostgres.class)
class PostgresConcurrentUploadsTest extends ConcurrentUploadsTest {
    static final Path DATA = TestDatabases.newFolder("execution-auditor-concurrent-pg");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry, DATA);
    }
}
