package io.executionauditor.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.report.ReportFormat;
import io.executionauditor.store.AuditRow;
import io.executionauditor.store.AuditStore;
import io.executionauditor.store.UserStore;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Audits survive a restart: the application started as {@code serve} starts it, on H2 in a file under a data
 * folder, stores an audit, stops, and a new start on the same folder still has the audit, its uploaded file, and
 * renders it, over HTTP too.
 */
class RestartTest {
    private static final Path PAYMENTS = Path.of("samples/payments-q3.xlsx");

    @Test
    void storedAuditAndItsFileSurviveARestart(@TempDir Path data) throws Exception {
        String[] arguments = {"--server.port=0", "--execution-auditor.data=" + data, "--execution-auditor.rules=rules",
                "--" + FirstAdmin.PASSWORD_VARIABLE + "=restart-secret"};
        AuditRow stored;
        Path file;
        byte[] html;
        try (ConfigurableApplicationContext first = start(arguments)) {
            try (InputStream in = Files.newInputStream(PAYMENTS)) {
                stored = first.getBean(AuditService.class).auditUpload(in, "payments-q3.xlsx", null, "admin");
            }
            file = data.resolve("uploads").resolve(first.getBean(JdbcClient.class)
                    .sql("SELECT stored_name FROM uploads WHERE id = ?").param(stored.uploadId()).query(String.class)
                    .single());
            html = render(first.getBean(AuditStore.class), stored.id());
        }
        assertThat(data.resolve("db")).isDirectory();

        try (ConfigurableApplicationContext second = start(arguments)) {
            AuditStore audits = second.getBean(AuditStore.class);
            assertThat(audits.find(stored.id())).contains(stored);
            assertThat(audits.list()).extracting(AuditRow::id).containsExactly(stored.id());
            assertThat(render(audits, stored.id())).isEqualTo(html);
            assertThat(file).hasSameBinaryContentAs(PAYMENTS);
            assertThat(second.getBean(UserStore.class).count()).as("no second admin").isEqualTo(1);

            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/audits/" + stored.id() + "/report?format=html"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("admin:restart-secret".getBytes(UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("Payments &amp; Platform - Q3 2026");

            // ids go on where they stopped, and the new audit compares with the one stored before the restart
            AuditRow next;
            try (InputStream in = Files.newInputStream(PAYMENTS)) {
                next = second.getBean(AuditService.class).auditUpload(in, "payments-q3.xlsx", null, "admin");
            }
            assertThat(next.id()).isGreaterThan(stored.id());
            assertThat(next.uploadId()).isGreaterThan(stored.uploadId());
            assertThat(audits.previous(next)).contains(stored);
        }
    }

    private static ConfigurableApplicationContext start(String[] arguments) {
        return new SpringApplicationBuilder(WebApplication.class).run(arguments);
    }

    private static byte[] render(AuditStore audits, long id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.HTML.write(audits.content(id).orElseThrow(), out);
        return out.toByteArray();
    }
}
