package io.executionauditor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.executionauditor.rules.RuleFolder;
import io.executionauditor.store.AuditStore;
import io.executionauditor.store.RuleSetStore;
import io.executionauditor.store.UploadStore;
import io.executionauditor.store.UserStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint against every role and against no login. The endpoints are read from Spring's handler mapping at
 * run time, so an endpoint added without a row in {@link #rows} fails {@link #everyEndpointHasARow}; each row names
 * the least role the endpoint needs and builds a request that succeeds for it, on objects that exist (an audit
 * uploaded before the tests, its findings, a published rule-set version, users made for the purpose), so an allowed
 * request is seen to do its work rather than to miss with a 404.
 *
 * <p>No login: the API answers 401 with a problem and asks for Basic credentials; a page sends the browser to the
 * login form. A role below the row's: 403, a problem from the API, the error page otherwise. The row's role and
 * above: the row's success status. Pages are asked with a real form-login session and their CSRF token (so a 403
 * can only be the role's), the API with HTTP Basic credentials, as scripts call it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest extends WebTestSupport {
    /** Who asks: nobody logged in, or a user of each role. */
    enum Who {
        ANYONE, VIEWER, AUDITOR, COACH, ADMIN;

        String user() {
            return "matrix-" + name().toLowerCase(java.util.Locale.ROOT);
        }

        String password() {
            return "pw-" + user();
        }
    }

    /** One endpoint: the least role it needs, the status it answers that role, and a request that gets it. */
    record Row(String endpoint, Who least, int success, Supplier<MockHttpServletRequestBuilder> request) {
        boolean api() {
            return endpoint.substring(endpoint.indexOf(' ') + 1).startsWith("/api/");
        }
    }

    private static final String PLAN = "Key,Title,Owner,Team,Status,Estimate,Period\n"
            + "M-1,Checkout,Ana and Ben,Web,In progress,3,S1\nM-2,Search,Cy,Web,To do,2,S1\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditStore audits;
    @Autowired
    UploadStore uploads;
    @Autowired
    RuleSetStore versions;
    @Autowired
    Acceptances acceptances;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Who, MockHttpSession> sessions = new EnumMap<>(Who.class);
    private final AtomicInteger fresh = new AtomicInteger();
    private long audit;
    private String fingerprint;
    private long version;

    @BeforeAll
    void aPlanUsersAndTheirSessions() throws Exception {
        for (Who who : Who.values()) {
            if (who != Who.ANYONE && users.find(who.user()).isEmpty()) {
                users.create(who.user(), encoder.encode(who.password()), who.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        String created = mvc.perform(multipart("/api/audits").file(csv("matrix-plan.csv", PLAN))
                .with(httpBasic(Who.AUDITOR.user(), Who.AUDITOR.password()))).andReturn().getResponse()
                .getContentAsString();
        audit = new ObjectMapper().readTree(created).at("/id").asLong();
        fingerprint = audits.fingerprints(audit).iterator().next();
        version = versions.list().get(versions.list().size() - 1).id();
        for (Who who : Who.values()) {
            if (who != Who.ANYONE) {
                org.springframework.test.web.servlet.MvcResult login = mvc.perform(post("/login")
                        .param("username", who.user()).param("password", who.password()).with(csrf())).andReturn();
                assertThat(login.getResponse().getRedirectedUrl()).as("%s logs in", who).isEqualTo("/audits");
                sessions.put(who, (MockHttpSession) login.getRequest().getSession());
            }
        }
    }

    /** The table: every endpoint of the application with the least role it needs. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // anyone: the login form, the error page, the API's description (the contract, no data)
        rows.add(new Row("GET /login", Who.ANYONE, 200, () -> get("/login")));
        rows.add(new Row("* /error", Who.ANYONE, 404, () -> get("/error")));
        rows.add(new Row("GET /v3/api-docs", Who.ANYONE, 200, () -> get("/v3/api-docs")));
        rows.add(new Row("GET /v3/api-docs.yaml", Who.ANYONE, 200, () -> get("/v3/api-docs.yaml")));
        rows.add(new Row("GET /v3/api-docs/swagger-config", Who.ANYONE, 200, () -> get("/v3/api-docs/swagger-config")));
        rows.add(new Row("GET /swagger-ui.html", Who.ANYONE, 302, () -> get("/swagger-ui.html")));

        // viewer: read audits, history, portfolio, download reports, the active rules
        rows.add(new Row("GET /", Who.VIEWER, 302, () -> get("/")));
        rows.add(new Row("GET /audits", Who.VIEWER, 200, () -> get("/audits")));
        rows.add(new Row("GET /audits/{id}", Who.VIEWER, 200, () -> get("/audits/" + audit)));
        rows.add(new Row("GET /audits/{id}/history", Who.VIEWER, 200, () -> get("/audits/" + audit + "/history")));
        rows.add(new Row("GET /portfolio", Who.VIEWER, 200, () -> get("/portfolio")));
        rows.add(new Row("GET /template.xlsx", Who.VIEWER, 200, () -> get("/template.xlsx")));
        rows.add(new Row("GET /api/audits", Who.VIEWER, 200, () -> get("/api/audits")));
        rows.add(new Row("GET /api/audits/{id}", Who.VIEWER, 200, () -> get("/api/audits/" + audit)));
        rows.add(new Row("GET /api/audits/{id}/report", Who.VIEWER, 200,
                () -> get("/api/audits/" + audit + "/report").param("format", "csv")));
        rows.add(new Row("GET /api/rules", Who.VIEWER, 200, () -> get("/api/rules")));
        rows.add(new Row("GET /api/rules/versions", Who.VIEWER, 200, () -> get("/api/rules/versions")));

        // auditor: upload, accept and withdraw findings, audit a kept file again
        rows.add(new Row("GET /upload", Who.AUDITOR, 200, () -> get("/upload")));
        rows.add(new Row("POST /upload", Who.AUDITOR, 200, () -> multipart("/upload").file(csv("m.csv", PLAN))));
        rows.add(new Row("POST /upload/save", Who.AUDITOR, 302,
                () -> post("/upload/save").param("stored", pending()).param("name", "m.csv")));
        rows.add(new Row("POST /upload/discard", Who.AUDITOR, 302,
                () -> post("/upload/discard").param("stored", pending()).param("name", "m.csv")));
        rows.add(new Row("POST /audits/{id}/accept", Who.AUDITOR, 302, () -> post("/audits/" + audit + "/accept")
                .param("fingerprint", fingerprint).param("reason", "agreed in the matrix")));
        rows.add(new Row("POST /audits/{id}/acceptances/{acceptanceId}/withdraw", Who.AUDITOR, 302,
                () -> post("/audits/" + audit + "/acceptances/" + acceptance() + "/withdraw")));
        rows.add(new Row("POST /audits/{id}/rerun", Who.AUDITOR, 302, () -> post("/audits/" + audit + "/rerun")));
        rows.add(new Row("POST /api/audits", Who.AUDITOR, 201, () -> multipart("/api/audits").file(csv("m.csv", PLAN))));
        rows.add(new Row("POST /api/audits/{id}/rerun", Who.AUDITOR, 201, () -> post("/api/audits/" + audit + "/rerun")));
        rows.add(new Row("POST /api/audits/{id}/acceptances", Who.AUDITOR, 201,
                () -> post("/api/audits/" + audit + "/acceptances").contentType(MediaType.APPLICATION_JSON)
                        .content(acceptRequest())));
        rows.add(new Row("DELETE /api/acceptances/{id}", Who.AUDITOR, 204,
                () -> delete("/api/acceptances/" + acceptance())));

        // coach: the rule catalogue, the editor, versions
        rows.add(new Row("GET /rules", Who.COACH, 200, () -> get("/rules")));
        rows.add(new Row("GET /rules/edit", Who.COACH, 200, () -> get("/rules/edit").param("file", "thresholds.yaml")));
        rows.add(new Row("POST /rules/edit", Who.COACH, 200, () -> post("/rules/edit").param("file", "thresholds.yaml")
                .param("content", "# matrix draft\n").param("action", "save")));
        rows.add(new Row("GET /rules/fixture", Who.COACH, 302,
                () -> get("/rules/fixture").param("rule", "ownership.shared-owner").param("case", "matrix")));
        rows.add(new Row("POST /rules/draft/discard", Who.COACH, 302, () -> post("/rules/draft/discard")));
        rows.add(new Row("GET /rules/versions/{id}", Who.COACH, 200, () -> get("/rules/versions/" + version)));
        rows.add(new Row("POST /rules/versions/{id}/restore", Who.COACH, 302,
                () -> post("/rules/versions/" + version + "/restore")));
        rows.add(new Row("POST /api/rules", Who.COACH, 201, () -> multipart("/api/rules")
                .file(new MockMultipartFile("rules", "rules.zip", "application/zip", shippedRules()))
                .param("note", "the matrix publishes the shipped rules")));

        // admin: users
        rows.add(new Row("GET /admin/users", Who.ADMIN, 200, () -> get("/admin/users")));
        rows.add(new Row("POST /admin/users", Who.ADMIN, 302, () -> post("/admin/users")
                .param("username", "matrix-new-" + fresh.incrementAndGet()).param("password", "long-enough-1")
                .param("role", "viewer")));
        rows.add(new Row("POST /admin/users/{username}/role", Who.ADMIN, 302,
                () -> post("/admin/users/" + victim() + "/role").param("role", "auditor")));
        rows.add(new Row("POST /admin/users/{username}/delete", Who.ADMIN, 302,
                () -> post("/admin/users/" + victim() + "/delete")));
        return rows;
    }

    /**
     * What Spring Security and the resource handler serve outside the handler mapping: static files for anyone
     * (the login page needs them), logging out for anyone.
     */
    List<Row> extraRows() {
        return List.of(new Row("GET /css/app.css", Who.ANYONE, 200, () -> get("/css/app.css")),
                new Row("GET /css/report.css", Who.ANYONE, 200, () -> get("/css/report.css")),
                new Row("GET /js/upload.js", Who.ANYONE, 200, () -> get("/js/upload.js")),
                new Row("GET /webjars/codemirror/5.65.18/lib/codemirror.js", Who.ANYONE, 200,
                        () -> get("/webjars/codemirror/5.65.18/lib/codemirror.js")),
                new Row("GET /favicon.svg", Who.ANYONE, 200, () -> get("/favicon.svg")));
    }

    @Test
    void everyEndpointHasARow() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition()
                    .getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    served.add("* " + pattern);
                }
                methods.forEach(method -> served.add(method.name() + " " + pattern));
            }
        }
        Set<String> listed = new TreeSet<>(rows().stream().map(Row::endpoint).toList());

        assertThat(listed).as("the matrix's rows are exactly the endpoints served; give a new endpoint a row with the "
                + "least role it needs (and a rule in SecurityConfig)").containsExactlyElementsOf(served);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAgainstEveryRole() {
        List<DynamicTest> cases = new ArrayList<>();
        List<Row> all = new ArrayList<>(rows());
        all.addAll(extraRows());
        for (Row row : all) {
            for (Who who : Who.values()) {
                String expected = who == Who.ANYONE && row.least() != Who.ANYONE
                        ? (row.api() ? "401 problem" : "login form")
                        : who.compareTo(row.least()) < 0 ? (row.api() ? "403 problem" : "403 page")
                                : String.valueOf(row.success());
                cases.add(DynamicTest.dynamicTest(row.endpoint() + " · " + who.name().toLowerCase(java.util.Locale.ROOT)
                        + " → " + expected, () -> check(row, who)));
            }
        }
        return cases.stream();
    }

    /**
     * Every change (a form, or the API called through the browser's session) without the session's CSRF token is
     * refused with 403 before it does anything; with the token it succeeds. Asked as an admin, whom no role stops.
     */
    @TestFactory
    Stream<DynamicTest> everyChangeThroughTheSessionNeedsItsCsrfToken() {
        return rows().stream().filter(row -> !row.endpoint().startsWith("GET ") && !row.endpoint().startsWith("* "))
                .flatMap(row -> Stream.of(
                        DynamicTest.dynamicTest(row.endpoint() + " · session without token → 403", () -> {
                            int audits = countAudits();
                            MockHttpServletResponse response = mvc.perform(row.request().get()
                                    .session(sessions.get(Who.ADMIN))).andReturn().getResponse();
                            assertThat(response.getStatus()).as(row.endpoint()).isEqualTo(403);
                            assertThat(countAudits()).as("nothing done").isEqualTo(audits);
                            if (row.api()) {
                                assertThat(response.getContentAsString()).contains("CSRF token");
                            }
                        }),
                        DynamicTest.dynamicTest(row.endpoint() + " · session with token → " + row.success(), () -> {
                            MockHttpServletResponse response = mvc.perform(row.request().get()
                                    .session(sessions.get(Who.ADMIN)).with(row.api() ? csrf().asHeader() : csrf()))
                                    .andReturn().getResponse();
                            assertThat(response.getStatus()).as(row.endpoint() + ": " + response.getContentAsString())
                                    .isEqualTo(row.success());
                        })));
    }

    /**
     * A script's Basic credentials need no token; the same credentials sent by a browser for another site (a
     * browser that cached them from its login prompt, submitting a forged form) do, and are refused.
     */
    @Test
    void basicCredentialsFromAScriptNeedNoTokenButABrowserSendingThemForAnotherSiteIsRefused() throws Exception {
        int audits = countAudits();
        for (String site : new String[] {"cross-site", "same-site"}) {
            MockHttpServletResponse forged = mvc.perform(multipart("/api/audits").file(csv("forged.csv", PLAN))
                    .header("Sec-Fetch-Site", site).with(httpBasic(Who.AUDITOR.user(), Who.AUDITOR.password())))
                    .andReturn().getResponse();
            assertThat(forged.getStatus()).as(site).isEqualTo(403);
            assertThat(forged.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        assertThat(countAudits()).as("nothing stored").isEqualTo(audits);

        for (String site : new String[] {null, "same-origin", "none"}) {
            MockHttpServletRequestBuilder script = multipart("/api/audits").file(csv("script.csv", PLAN))
                    .with(httpBasic(Who.AUDITOR.user(), Who.AUDITOR.password()));
            if (site != null) {
                script.header("Sec-Fetch-Site", site);
            }
            assertThat(mvc.perform(script).andReturn().getResponse().getStatus()).as(String.valueOf(site))
                    .isEqualTo(201);
        }
    }

    /** Basic credentials open the API, not the forms: a page's change still needs the token. */
    @Test
    void basicCredentialsDoNotExemptAFormFromItsToken() throws Exception {
        assertThat(mvc.perform(post("/admin/users").param("username", "matrix-basic-form")
                .param("password", "long-enough-1").param("role", "admin")
                .with(httpBasic(Who.ADMIN.user(), Who.ADMIN.password()))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(users.find("matrix-basic-form")).isEmpty();
    }

    /** HEAD is allowed where a viewer may GET, and nowhere a viewer may not. */
    @Test
    void headIsAllowedWhereAViewerMayGetAndNowhereElse() throws Exception {
        MockHttpSession viewer = sessions.get(Who.VIEWER);
        assertThat(mvc.perform(head("/audits/" + audit).session(viewer)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(head("/api/audits").with(httpBasic(Who.VIEWER.user(), Who.VIEWER.password())))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        for (String path : new String[] {"/admin/users", "/rules", "/upload"}) {
            assertThat(mvc.perform(head(path).session(viewer)).andReturn().getResponse().getStatus()).as(path)
                    .isEqualTo(403);
        }
    }

    /** Logging in and out are forms like the others: a forged login or logout is refused. */
    @Test
    void loggingInAndOutNeedTheirToken() throws Exception {
        assertThat(mvc.perform(post("/login").param("username", Who.VIEWER.user())
                .param("password", Who.VIEWER.password())).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", Who.VIEWER.user())
                .param("password", Who.VIEWER.password()).with(csrf())).andReturn().getRequest().getSession();
        assertThat(mvc.perform(post("/logout").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/audits").session(session)).andReturn().getResponse().getStatus())
                .as("still logged in").isEqualTo(200);
        assertThat(mvc.perform(post("/logout").session(session).accept(MediaType.TEXT_HTML).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
    }

    private void check(Row row, Who who) throws Exception {
        MockHttpServletRequestBuilder request = row.request().get();
        if (who != Who.ANYONE) {
            if (row.api()) {
                request.with(httpBasic(who.user(), who.password()));
            } else {
                request.session(sessions.get(who));
            }
        }
        if (!row.api()) {
            // the forms' token, so that a refusal can only be the role's
            request.with(csrf());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String asked = row.endpoint() + " as " + who;

        if (who == Who.ANYONE && row.least() != Who.ANYONE) {
            if (row.api()) {
                assertThat(status).as(asked).isEqualTo(401);
                assertThat(response.getContentType()).as(asked).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                assertThat(response.getHeader("WWW-Authenticate")).as(asked).startsWith("Basic");
            } else {
                assertThat(status).as(asked).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).as(asked).endsWith("/login");
            }
        } else if (who.compareTo(row.least()) < 0) {
            assertThat(status).as(asked).isEqualTo(403);
            if (row.api()) {
                assertThat(response.getContentType()).as(asked).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                assertThat(response.getContentAsString()).as(asked).contains("your role does not allow");
            }
        } else {
            assertThat(status).as(asked + ": " + response.getContentAsString()).isEqualTo(row.success());
            if (status == 302) {
                assertThat(response.getRedirectedUrl()).as(asked).doesNotEndWith("/login");
            }
        }
    }

    private String pending() {
        return uploads.receive(new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)), "m.csv").storedName();
    }

    private long acceptance() {
        try {
            return acceptances.accept(audit, fingerprint, "accepted for the matrix", Who.AUDITOR.user());
        } catch (Acceptances.Refused e) {
            throw new AssertionError(e);
        }
    }

    private String acceptRequest() {
        String[] parts = fingerprint.split("\\|", -1);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("ruleId", parts[0]);
        body.put("subjectType", parts[1]);
        body.put("subjectId", parts[2]);
        body.put("period", parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null);
        body.put("reason", "agreed in the matrix");
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private String victim() {
        String name = "matrix-victim-" + fresh.incrementAndGet();
        users.create(name, encoder.encode("pw-" + name), "viewer");
        return name;
    }

    private static byte[] shippedRules() {
        return RuleFolder.zip(Path.of("rules"));
    }

    private static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
