package io.executionauditor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.executionauditor.store.UploadStore;
import io.executionauditor.store.UserStore;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Failures as people and scripts meet them on a running server, where Tomcat forwards what no handler answered to
 * the error page: a browser gets the application's error page with a 4xx (never Spring Boot's JSON), a script a
 * problem+json, and a failure inside the server says neither its exception nor its stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorAnswersTest extends WebTestSupport {
    private static final RoleUsers USERS = new RoleUsers("errors");
    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UploadStore uploads;

    @BeforeEach
    void users() {
        USERS.create(users, encoder, "viewer", "auditor", "coach");
    }

    @Test
    void aPageRefusedToTheRoleIsTheErrorPageWith403() {
        HttpResponse<String> page = as("viewer").get("/admin/users");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("h1").text()).isEqualTo("Forbidden");
        assertThat(html.select(".notice.error").text()).contains("your role does not allow this");
        assertThat(html.select("header .who").text()).as("still logged in on the error page").contains("errors-viewer");
    }

    @Test
    void aPageAskedWithAnIdThatIsNoNumberOrWithoutItsFormIsA400Page() {
        HttpUser auditor = as("auditor");
        HttpResponse<String> notANumber = auditor.get("/audits/abc");
        HttpResponse<String> noReason = auditor.postForm("/audits/1/accept", Map.of("fingerprint", "x", "_csrf",
                auditor.csrfToken("/audits")));
        HttpResponse<String> wrongMethod = auditor.get("/upload/save");

        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(notANumber.body()).select(".notice.error").text()).contains("\"abc\" is not valid");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        for (HttpResponse<String> page : java.util.List.of(notANumber, noReason, wrongMethod)) {
            assertThat(page.headers().firstValue("Content-Type")).as(page.uri().toString())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(Jsoup.parse(page.body()).select("h1").text()).as(page.uri().toString()).isNotEmpty();
        }
    }

    @Test
    void aFixtureCaseNamedWithBracesOrPathsIsA400NotA500() {
        HttpUser coach = as("coach");
        for (String rule : new String[] {"{x}", "../..", "a?b"}) {
            HttpResponse<String> page = coach.get("/rules/fixture?rule=" + java.net.URLEncoder.encode(rule,
                    StandardCharsets.UTF_8) + "&case=y");
            assertThat(page.statusCode()).as(rule).isEqualTo(400);
        }
        assertThat(coach.get("/rules/fixture?rule=ownership.shared-owner&case=fires-x").headers()
                .firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/rules/edit?file=tests/ownership.shared-owner/fires-x.csv"));
    }

    @Test
    void unknownPathsAre404PagesAndProblems() {
        HttpResponse<String> page = as("viewer").get("/no/such/page");
        HttpResponse<String> api = script("viewer").get("/api/no/such/thing");
        HttpResponse<String> error = as("viewer").get("/error");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).select(".notice.error").text()).isEqualTo("there is no page /no/such/page");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(error.statusCode()).isEqualTo(404);
    }

    @Test
    void aFailureInsideTheServerIsA500ThatGivesNoExceptionAwayOnPageOrApi() throws Exception {
        HttpUser script = script("auditor");
        JsonNode created = new ObjectMapper().readTree(script.upload("/api/audits", "file", "gone.csv",
                "Key,Title,Owner,Status,Estimate\nG-1,One,Ana,In progress,3\n".getBytes(StandardCharsets.UTF_8))
                .body());
        long id = created.at("/id").asLong();
        long upload = jdbc.sql("SELECT upload_id FROM audits WHERE id = ?").param(id).query(Long.class).single();
        Files.delete(uploads.find(upload).orElseThrow().path());

        HttpResponse<String> api = script.post("/api/audits/" + id + "/rerun", "application/json", new byte[0]);
        HttpUser auditor = as("auditor");
        HttpResponse<String> page = auditor.postForm("/audits/" + id + "/rerun", Map.of("_csrf",
                auditor.csrfToken("/audits/" + id)));

        assertThat(api.statusCode()).isEqualTo(500);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new ObjectMapper().readTree(api.body()).at("/detail").asText()).startsWith("the server could not "
                + "answer");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Internal Server Error");
        for (String body : new String[] {api.body(), page.body()}) {
            assertThat(body).doesNotContain("Exception").doesNotContain("no longer stored")
                    .doesNotContain("at io.executionauditor").doesNotContain("trace");
        }
    }

    private HttpUser as(String role) {
        return USERS.browser(port, role);
    }

    private HttpUser script(String role) {
        return USERS.script(port, role);
    }
}
