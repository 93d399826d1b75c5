package io.executionauditor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.executionauditor.store.TestDatabases;
import io.executionauditor.store.UserStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Uploads on a running server with a small limit (256KB) and a data folder of its own: an upload over the limit is a
 * 413 (a problem for the API, the upload page again for a browser) and leaves nothing behind; whatever name an upload
 * comes with, it is stored under a name the server makes up, inside the uploads folder, and its name is shown
 * without its path, its control characters or more than 200 characters, escaped, and never reaches a download's
 * Content-Disposition unfiltered; a preview's save and cancel take only a file the server named and has not kept.
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "execution-auditor.max-upload=256KB")
class UploadSafetyTest {
    private static final RoleUsers USERS = new RoleUsers("uploads");
    static final Path DATA = TestDatabases.newFolder("execution-auditor-uploads");
    private static final String PLAN = "Key,Title,Owner,Team,Status,Estimate,Period\n"
            + "U-1,Checkout,Ana and Ben,Web,In progress,3,S1\nU-2,Search,Cy,Web,To do,2,S1\n";

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry, DATA);
    }

    @BeforeEach
    void users() {
        USERS.create(users, encoder, "auditor", "coach");
    }

    @Test
    void anUploadOverTheLimitIsA413AndLeavesNothingBehind() throws Exception {
        byte[] big = (PLAN + "#".repeat(300 * 1024)).getBytes(StandardCharsets.UTF_8);
        int audits = audits();
        List<Path> files = stored();

        HttpResponse<String> api = script("auditor").upload("/api/audits", "file", "big.csv", big);
        HttpResponse<String> rules = script("coach").upload("/api/rules", "rules", "rules.zip", big);
        HttpUser browser = as("auditor");
        HttpResponse<String> page = browser.upload("/upload?_csrf=" + browser.csrfToken("/upload"), "file", "big.csv",
                big);

        for (HttpResponse<String> problem : List.of(api, rules)) {
            assertThat(problem.statusCode()).isEqualTo(413);
            assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode body = new ObjectMapper().readTree(problem.body());
            assertThat(body.at("/title").asText()).isEqualTo("Upload too large");
            assertThat(body.at("/detail").asText()).isEqualTo("the file is over the upload limit of 256KB");
        }
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("h1").text()).isEqualTo("Upload a plan");
        assertThat(html.select(".notice.error").text()).contains("The file is over the upload limit of 256KB.");
        assertThat(audits()).as("no audit stored").isEqualTo(audits);
        assertThat(stored()).as("no file kept").isEqualTo(files);
    }

    @Test
    void whateverAnUploadIsCalledItIsStoredUnderAGeneratedNameAndShownWithoutPathOrControls() throws Exception {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("../../etc/passwd", "passwd");
        shown.put("..\\..\\x.xlsx", "x.xlsx");
        shown.put("C:\\Users\\ana\\plan.csv", "plan.csv");
        shown.put("/etc/cron.d/evil.csv", "evil.csv");
        shown.put("con.xlsx", "con.xlsx");
        shown.put("a\u0001b\u0007c\u007f.csv", "abc.csv");
        shown.put("line\nbreak.csv", "linebreak.csv");
        shown.put("right-to-left\u202Evsc.exe", "right-to-leftvsc.exe");
        shown.put("\"><img src=x onerror=alert(1)>.csv", "\"><img src=x onerror=alert(1)>.csv");
        shown.put("n".repeat(300) + ".csv", "n".repeat(200));
        HttpUser script = script("auditor");
        HttpUser browser = as("auditor");

        for (Map.Entry<String, String> name : shown.entrySet()) {
            HttpResponse<String> created = script.upload("/api/audits", "file", name.getKey(),
                    PLAN.getBytes(StandardCharsets.UTF_8));
            assertThat(created.statusCode()).as(name.getKey()).isEqualTo(201);
            JsonNode report = new ObjectMapper().readTree(created.body());
            long id = report.at("/id").asLong();
            assertThat(report.at("/plan/source").asText()).as(name.getKey()).isEqualTo(name.getValue());
            String storedName = jdbc.sql("SELECT u.stored_name FROM uploads u JOIN audits a ON a.upload_id = u.id "
                    + "WHERE a.id = ?").param(id).query(String.class).single();
            assertThat(storedName).as(name.getKey()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                    + "[0-9a-f]{12}\\.upload");

            Document list = Jsoup.parse(browser.get("/audits").body());
            assertThat(list.select("td .muted.small").eachText()).as("shown as text").contains(name.getValue());
            assertThat(list.select("img")).as("never markup").isEmpty();

            HttpResponse<byte[]> download = script.download("/api/audits/" + id + "/report?format=csv");
            assertThat(download.headers().firstValue("Content-Disposition")).as(name.getKey()).hasValueSatisfying(
                    disposition -> assertThat(disposition).matches("attachment; filename=\"[A-Za-z0-9-]+\\.csv\""));
        }
        int audits = audits();
        HttpResponse<String> nul = script.upload("/api/audits", "file", "nul\u0000.csv",
                PLAN.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> nulPage = browser.upload("/upload?_csrf=" + browser.csrfToken("/upload"), "file",
                "nul\u0000.csv", PLAN.getBytes(StandardCharsets.UTF_8));
        assertThat(nul.statusCode()).as("Tomcat refuses a NUL in a file name").isEqualTo(400);
        assertThat(nul.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(nulPage.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(nulPage.body()).select(".notice.error").text()).contains("control characters");
        assertThat(audits()).isEqualTo(audits);

        try (Stream<Path> all = Files.walk(DATA)) {
            assertThat(all.filter(Files::isRegularFile).map(DATA::relativize).map(Path::toString)
                    .filter(file -> !file.startsWith("db")))
                    .as("every file the uploads made is a generated name in uploads/")
                    .allMatch(file -> file.matches("uploads/[0-9a-f-]{36}\\.upload"));
        }
        assertThat(DATA.resolveSibling("etc")).doesNotExist();
    }

    @Test
    void aPreviewsSaveAndCancelTakeOnlyAFileTheServerReceivedAndHasNotKept() throws Exception {
        HttpResponse<String> kept = script("auditor").upload("/api/audits", "file", "kept.csv",
                PLAN.getBytes(StandardCharsets.UTF_8));
        long id = new ObjectMapper().readTree(kept.body()).at("/id").asLong();
        String keptName = jdbc.sql("SELECT u.stored_name FROM uploads u JOIN audits a ON a.upload_id = u.id "
                + "WHERE a.id = ?").param(id).query(String.class).single();
        Path keptFile = DATA.resolve("uploads").resolve(keptName);
        Path database = Files.list(DATA.resolve("db")).findFirst().orElseThrow();
        int audits = audits();
        HttpUser browser = as("auditor");

        for (String stored : List.of(keptName, "../db/" + database.getFileName(), "../../etc/passwd",
                "..%2Fdb%2Ftest.mv.db", "x.upload")) {
            String token = browser.csrfToken("/upload");
            HttpResponse<String> save = browser.postForm("/upload/save", Map.of("stored", stored, "name", "x.csv",
                    "_csrf", token));
            assertThat(save.statusCode()).as(stored).isEqualTo(400);
            assertThat(Jsoup.parse(save.body()).select(".notice.error").text()).as(stored)
                    .contains("no longer waiting to be saved");
            HttpResponse<String> cancel = browser.postForm("/upload/discard", Map.of("stored", stored, "name",
                    "x.csv", "_csrf", token));
            assertThat(cancel.statusCode()).as(stored).isEqualTo(302);
        }
        assertThat(keptFile).as("a kept upload's file survives a cancel naming it").exists();
        assertThat(database).exists();
        assertThat(audits()).isEqualTo(audits);
        assertThat(script("auditor").post("/api/audits/" + id + "/rerun", "application/json", new byte[0])
                .statusCode()).as("the kept file still audits").isEqualTo(201);
    }

    private int audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audits").query(Integer.class).single();
    }

    private static List<Path> stored() {
        Path folder = DATA.resolve("uploads");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpUser as(String role) {
        return USERS.browser(port, role);
    }

    private HttpUser script(String role) {
        return USERS.script(port, role);
    }
}
