package io.executionauditor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.executionauditor.store.RuleSetStore;
import io.executionauditor.store.UserStore;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The headers every response carries on a running server, whoever asks and however it ends (a page, a redirect to
 * the login form, a 401 or 403 problem, an error page, a static file, a download), and pages that keep to their
 * Content-Security-Policy: no inline script, no inline style, no event-handler attribute anywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest extends WebTestSupport {
    private static final RoleUsers USERS = new RoleUsers("headers");
    static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String SWAGGER_UI = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String REPORT_FILE = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'; sandbox";
    private static final String PLAN = "Key,Title,Owner,Team,Status,Estimate,Period\n"
            + "H-1,Checkout,Ana and Ben,Web,In progress,3,S1\nH-2,Search,Cy,Web,To do,2,S1\n";

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    RuleSetStore versions;

    private long audit;

    @BeforeEach
    void usersAndAnAudit() throws Exception {
        USERS.create(users, encoder, "viewer", "auditor", "admin");
        audit = new ObjectMapper().readTree(script("auditor").upload("/api/audits", "file", "headers.csv",
                PLAN.getBytes(StandardCharsets.UTF_8)).body()).at("/id").asLong();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        HttpUser anyone = new HttpUser(port);
        HttpUser viewer = as("viewer");
        HttpUser script = script("viewer");
        Map<String, HttpResponse<?>> answers = new LinkedHashMap<>();
        answers.put("login form", anyone.get("/login"));
        answers.put("redirect to the login form", anyone.get("/audits"));
        answers.put("401 problem", anyone.get("/api/audits"));
        answers.put("style sheet", anyone.get("/css/app.css"));
        answers.put("script", anyone.get("/js/upload.js"));
        answers.put("Swagger UI", anyone.get("/swagger-ui/index.html"));
        answers.put("OpenAPI document", anyone.get("/v3/api-docs"));
        answers.put("audits page", viewer.get("/audits"));
        answers.put("audit page", viewer.get("/audits/" + audit));
        answers.put("403 page", viewer.get("/admin/users"));
        answers.put("404 page", viewer.get("/no/such/page"));
        answers.put("API answer", script.get("/api/audits/" + audit));
        answers.put("403 problem", script.upload("/api/audits", "file", "x.csv", PLAN.getBytes(StandardCharsets.UTF_8)));
        answers.put("404 problem", script.get("/api/audits/987654"));
        answers.put("HTML report", script.download("/api/audits/" + audit + "/report?format=html"));
        answers.put("PDF report", script.download("/api/audits/" + audit + "/report?format=pdf"));

        List<String> missing = new ArrayList<>();
        answers.forEach((what, answer) -> {
            String policy = what.endsWith("report") ? REPORT_FILE : what.equals("Swagger UI") ? SWAGGER_UI : PAGES;
            expect(missing, what, answer, "Content-Security-Policy", policy);
            expect(missing, what, answer, "X-Content-Type-Options", "nosniff");
            expect(missing, what, answer, "X-Frame-Options", "DENY");
            expect(missing, what, answer, "Referrer-Policy", "same-origin");
            if (!what.equals("style sheet") && !what.equals("script")) {
                expect(missing, what, answer, "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            }
        });
        assertThat(missing).as("headers missing or different").isEmpty();
        assertThat(answers.get("redirect to the login form").statusCode()).isEqualTo(302);
        assertThat(answers.get("403 page").statusCode()).isEqualTo(403);
        assertThat(answers.get("HTML report").headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment;"));
    }

    @Test
    void thePagesPolicyLetsNoInlineScriptOrStyleRunAndNoOneFrameThePages() {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : as("viewer").get("/audits").headers().firstValue("Content-Security-Policy")
                .orElseThrow().split(";")) {
            String[] parts = directive.strip().split(" ", 2);
            directives.put(parts[0], parts.length > 1 ? parts[1] : "");
        }

        assertThat(directives).containsEntry("default-src", "'self'").containsEntry("script-src", "'self'")
                .containsEntry("style-src", "'self'").containsEntry("object-src", "'none'")
                .containsEntry("frame-ancestors", "'none'").containsEntry("base-uri", "'self'")
                .containsEntry("form-action", "'self'");
        assertThat(String.join(" ", directives.values())).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .doesNotContain("data:").doesNotContain("*");
    }

    /** What a policy without 'unsafe-inline' would block, looked for on every page the application serves. */
    @Test
    void noPageHasAnInlineScriptAnInlineStyleOrAnEventHandlerAttribute() {
        HttpUser admin = as("admin");
        long version = versions.list().get(0).id();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/login", new HttpUser(port).get("/login").body());
        for (String path : List.of("/audits", "/audits/" + audit, "/audits/" + audit + "/history", "/portfolio",
                "/upload", "/rules", "/rules/edit?file=thresholds.yaml", "/rules/edit?file=ownership.drl",
                "/rules/versions/" + version, "/admin/users", "/no/such/page")) {
            pages.put(path, admin.get(path).body());
        }
        pages.put("preview", admin.upload("/upload?_csrf=" + admin.csrfToken("/upload"), "file", "p.csv",
                PLAN.getBytes(StandardCharsets.UTF_8)).body());
        pages.put("403 page", as("viewer").get("/upload").body());

        List<String> offenders = new ArrayList<>();
        pages.forEach((page, body) -> {
            Document html = Jsoup.parse(body);
            assertThat(html.select("h1")).as(page + " is a page").isNotEmpty();
            for (Element element : html.getAllElements()) {
                if (element.tagName().equals("script") && (!element.hasAttr("src") || !element.data().isBlank())) {
                    offenders.add(page + ": inline <script>");
                }
                if (element.tagName().equals("style")) {
                    offenders.add(page + ": <style> element");
                }
                for (Attribute attribute : element.attributes()) {
                    if (attribute.getKey().equals("style") || attribute.getKey().startsWith("on")
                            || attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:")) {
                        offenders.add(page + ": <" + element.tagName() + " " + attribute.html() + ">");
                    }
                }
            }
        });
        assertThat(offenders).isEmpty();
    }

    private static void expect(List<String> missing, String what, HttpResponse<?> answer, String header,
            String value) {
        String found = answer.headers().firstValue(header).orElse(null);
        if (!value.equals(found)) {
            missing.add(what + " (" + answer.statusCode() + "): " + header + " is " + found + ", expected " + value);
        }
    }

    private HttpUser as(String role) {
        return USERS.browser(port, role);
    }

    private HttpUser script(String role) {
        return USERS.script(port, role);
    }
}
