package io.executionauditor.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two databases the tests run on: H2 in a file under a fresh folder, always; and a real PostgreSQL server
 * named by {@code EXECUTION_AUDITOR_TEST_DB_URL}, {@code _USER} and {@code _PASSWORD} ({@code .ci/run} starts
 * one and sets them). Without that server the PostgreSQL tests are skipped with the reason, unless
 * {@code CI_REQUIRE_POSTGRES=1}: then they fail, so a CI run can never pass without having tested PostgreSQL.
 */
public final class TestDatabases {
    public static final String URL_VARIABLE = "EXECUTION_AUDITOR_TEST_DB_URL";
    public static final String USER_VARIABLE = "EXECUTION_AUDITOR_TEST_DB_USER";
    public static final String PASSWORD_VARIABLE = "EXECUTION_AUDITOR_TEST_DB_PASSWORD";
    public static final String REQUIRE_VARIABLE = "CI_REQUIRE_POSTGRES";

    public record Postgres(String url, String user, String password) {
    }

    private TestDatabases() {
    }

    /** The PostgreSQL server the environment names, if any. */
    public static Optional<Postgres> postgres() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Postgres(url, System.getenv(USER_VARIABLE), System.getenv(PASSWORD_VARIABLE)));
    }

    /** Why the PostgreSQL tests cannot run here, or empty when they can. */
    static Optional<String> postgresMissing() {
        Optional<Postgres> postgres = postgres();
        if (postgres.isEmpty()) {
            return Optional.of(URL_VARIABLE + " is not set, so there is no PostgreSQL server to test against"
                    + " (.ci/run starts one; see the README's PostgreSQL paragraph)");
        }
        if (!postgres.get().url().startsWith("jdbc:postgresql:")) {
            return Optional.of(URL_VARIABLE + " is " + postgres.get().url() + ", not a jdbc:postgresql: URL");
        }
        return Optional.empty();
    }

    static boolean postgresRequired() {
        return "1".equals(System.getenv(REQUIRE_VARIABLE));
    }

    /**
     * For a PostgreSQL test class ({@code @ExtendWith}): without a server the class is skipped, with the reason
     * in the test report, or it fails when {@code CI_REQUIRE_POSTGRES=1}. Decided before Spring starts.
     */
    public static final class RequirePostgres implements ExecutionCondition, BeforeAllCallback {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<String> missing = postgresMissing();
            if (missing.isPresent() && !postgresRequired()) {
                return ConditionEvaluationResult.disabled(missing.get());
            }
            return ConditionEvaluationResult.enabled(missing.isPresent() ? REQUIRE_VARIABLE + "=1" : "PostgreSQL");
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            postgresMissing().ifPresent(why -> fail(REQUIRE_VARIABLE + "=1, but " + why));
        }
    }

    /** An H2 database in a file under {@code data}, the application's default. */
    public static void useH2(DynamicPropertyRegistry registry, Path data) {
        registry.add("execution-auditor.data", data::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("db").resolve("test"));
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    /** The PostgreSQL server from the environment; uploaded files under {@code data}. */
    public static void usePostgres(DynamicPropertyRegistry registry, Path data) {
        registry.add("execution-auditor.data", data::toString);
        registry.add("spring.datasource.url", () -> postgres().orElseThrow().url());
        registry.add("spring.datasource.username", () -> postgres().orElseThrow().user());
        registry.add("spring.datasource.password", () -> postgres().orElseThrow().password());
    }

    /** A fresh folder for one test class's data (database file, uploads). */
    public static Path newFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
