package io.executionauditor.store;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store contract on H2 in a file under a fresh folder: the database {@code serve} uses by default. */
class H2StoreContractTest extends StoreContractTest {
    static final Path DATA = TestDatabases.newFolder("execution-auditor-store-h2");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry, DATA);
    }

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
