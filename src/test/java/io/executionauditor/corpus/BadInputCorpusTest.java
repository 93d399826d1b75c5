package io.executionauditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.executionauditor.cli.Main;
import io.executionauditor.corpus.BadInputCorpus.Case;
import io.executionauditor.corpus.BadInputCorpus.Read;
import io.executionauditor.corpus.BadInputCorpus.Refused;
import io.executionauditor.importer.ImportIssue;
import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.store.UserStore;
import io.executionauditor.web.WebApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;

/**
 * Every case of the {@link BadInputCorpus} through each door: the importer, the command line and the REST upload.
 * A refused input is one line naming the file and what was expected (exit code 2; a 400 problem with nothing
 * stored); a readable one is audited (exit code 0; 201) with its problems reported at sheet, row and column. Runs
 * in a JVM with a small heap (the bad-input execution in pom.xml), so a bomb that exhausts memory fails it.
 */
@Tag("bad-input")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@SpringBootTest(classes = WebApplication.class)
@AutoConfigureMockMvc
class BadInputCorpusTest {
    @TempDir
    static Path dir;
    private static final Path DATA = temporaryFolder("execution-auditor-corpus");
    private static final Map<String, Path> FILES = new ConcurrentHashMap<>();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("execution-auditor.data", DATA::toString);
        registry.add("execution-auditor.rules", () -> "rules");
    }

    @BeforeEach
    void auditor() {
        if (users.find("ada").isEmpty()) {
            users.create("ada", encoder.encode("pw-ada"), "auditor");
        }
    }

    static Stream<Case> cases() {
        return BadInputCorpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importer(Case input) throws Exception {
        Path file = file(input);
        String name = PlanImporterNames.shown(input.shownName());

        if (input.expect() instanceof Refused refused) {
            assertThatThrownBy(() -> new PlanImporter().importPlan(file)).isInstanceOf(UnreadableInputException.class)
                    .satisfies(e -> assertOneLineSaying(e.getMessage(), name, refused.says()));
        } else {
            Read read = (Read) input.expect();
            ImportResult result = new PlanImporter().importPlan(file);
            assertThat(result.report().issues()).extracting(ImportIssue::toString).hasSize(read.issues().size())
                    .allSatisfy(issue -> assertThat(read.issues()).anyMatch(issue::contains));
            read.check().accept(result);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void commandLine(Case input) throws Exception {
        Path file = file(input);
        Path report = dir.resolve("report-" + Math.abs(input.name().hashCode()) + ".json");
        Files.deleteIfExists(report);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        int exitCode;
        // System.err is swapped before the command line exists: picocli's default strategy keeps the System.err it
        // saw when built and takes it back as its writer if it has changed since
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            CommandLine commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(out));
            commandLine.setErr(new PrintWriter(err));
            exitCode = commandLine.execute("audit", file.toString(), "--as-of", "2026-03-10", "--format", "json",
                    "--out", report.toString());
        } finally {
            System.setErr(systemErr);
        }

        // the jar logs errors only (src/main/resources/logback.xml): none may reach the terminal beside the one line
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("ERROR").doesNotContain("\tat ");

        if (input.expect() instanceof Refused refused) {
            assertThat(exitCode).as(err.toString()).isEqualTo(2);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString()).startsWith("error: ").endsWith(System.lineSeparator());
            assertOneLineSaying(err.toString().strip(), PlanImporterNames.shown(input.shownName()), refused.says());
            assertThat(report).doesNotExist();
        } else {
            assertThat(exitCode).as(err.toString()).isZero();
            assertReported(new ObjectMapper().readTree(report.toFile()), (Read) input.expect());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void webUpload(Case input) throws Exception {
        Path file = file(input);
        String shown = input.shownName().replaceAll("\\p{Cntrl}", "");
        int audits = count("audits");
        int uploads = count("uploads");
        long files = storedFiles();

        MockHttpServletResponse response = mvc.perform(multipart("/api/audits")
                .file(new MockMultipartFile("file", input.fileName(), "application/octet-stream",
                        Files.readAllBytes(file)))
                .with(httpBasic("ada", "pw-ada"))).andReturn().getResponse();

        JsonNode body = new ObjectMapper().readTree(response.getContentAsByteArray());
        if (input.expect() instanceof Refused refused) {
            assertThat(response.getStatus()).as(body.toString()).isEqualTo(400);
            assertThat(MediaType.parseMediaType(response.getContentType()))
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(body.at("/title").asText()).isEqualTo("Unreadable plan");
            assertThat(body.at("/status").asInt()).isEqualTo(400);
            assertOneLineSaying(body.at("/detail").asText(), shown, refused.says());
            assertThat(body.at("/importIssues").isArray()).isTrue();
            assertThat(count("audits")).isEqualTo(audits);
            assertThat(count("uploads")).isEqualTo(uploads);
            assertThat(storedFiles()).isEqualTo(files);
        } else {
            assertThat(response.getStatus()).as(body.toString()).isEqualTo(201);
            assertThat(body.at("/plan/source").asText()).isEqualTo(shown);
            assertReported(body, (Read) input.expect());
            assertThat(count("audits")).isEqualTo(audits + 1);
        }
    }

    /** One line (as a person reads it: no stack trace, no exception class) naming the file, saying each thing. */
    private static void assertOneLineSaying(String message, String fileName, List<String> says) {
        assertThat(message).doesNotContain("\n").doesNotContain("\r").doesNotContain("Exception")
                .doesNotContain("\tat ").contains(fileName);
        for (String said : says) {
            assertThat(message).contains(said);
        }
    }

    /** The JSON report's import problems are exactly the expected ones, each at its sheet, row and column. */
    private static void assertReported(JsonNode report, Read read) {
        List<String> issues = new ArrayList<>();
        for (JsonNode issue : report.at("/importIssues")) {
            ImportIssue.Level level = ImportIssue.Level.valueOf(issue.at("/severity").asText().toUpperCase());
            issues.add(new ImportIssue(issue.at("/sheet").isNull() ? null : issue.at("/sheet").asText(),
                    issue.at("/row").asInt(), issue.at("/column").isNull() ? null : issue.at("/column").asText(),
                    level, issue.at("/message").asText()).toString());
        }
        assertThat(issues).hasSize(read.issues().size())
                .allSatisfy(issue -> assertThat(read.issues()).anyMatch(issue::contains));
    }

    private static Path file(Case input) {
        return FILES.computeIfAbsent(input.name(), name -> {
            try {
                return input.writeUnder(dir);
            } catch (Exception e) {
                throw new IllegalStateException("cannot write " + name, e);
            }
        });
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    private static long storedFiles() throws IOException {
        Path folder = DATA.resolve("uploads");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> stored = Files.list(folder)) {
            return stored.count();
        }
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names as the importer shows them: on one line. */
    static final class PlanImporterNames {
        private PlanImporterNames() {
        }

        static String shown(String name) {
            return name.replaceAll("\\p{Cntrl}", "?");
        }
    }
}
