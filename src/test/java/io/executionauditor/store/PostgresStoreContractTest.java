package io.executionauditor.store;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store contract on the PostgreSQL server {@code EXECUTION_AUDITOR_TEST_DB_URL} names; skipped without one,
 * failed without one when {@code CI_REQUIRE_POSTGRES=1} (as {@code .ci/run} sets it).
 */
@ExtendWith(TestDatabases.RequirePostgres.class)
class PostgresStoreContractTest extends StoreContractTest {
    static final Path DATA = TestDatabases.newFolder("execution-auditor-store-pg");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry, DATA);
    }

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
