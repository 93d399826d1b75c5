package io.executionauditor.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.executionauditor.store.AuditRow;
import io.executionauditor.store.AuditStore;
import io.executionauditor.store.UserStore;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Twenty people upload at the same moment, through the real HTTP server and connection pool, onto a real
 * database ({@link H2ConcurrentUploadsTest}, {@link PostgresConcurrentUploadsTest}): every upload is answered
 * 201 and stored once.
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class ConcurrentUploadsTest {
    private static final int UPLOADS = 20;
    private static final String USER = "uploader";
    private static final String PASSWORD = "pw-uploader";

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditStore audits;

    @Test
    void twentyConcurrentUploadsAllSucceedAndAreAllStored() throws Exception {
        if (users.find(USER).isEmpty()) {
            users.create(USER, encoder.encode(PASSWORD), Role.AUDITOR.id());
        }
        String plan = "concurrent-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] csv = Files.readAllBytes(Path.of("samples/website-relaunch.csv"));
        String boundary = "----upload" + UUID.randomUUID();
        byte[] body = multipart(boundary, plan + ".csv", csv);

        ExecutorService threads = Executors.newFixedThreadPool(UPLOADS);
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest upload = request("/api/audits").timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                sent.add(http.sendAsync(upload, HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);

            Set<Long> ids = new HashSet<>();
            ObjectMapper json = new ObjectMapper();
            for (CompletableFuture<HttpResponse<String>> response : sent) {
                assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
                JsonNode report = json.readTree(response.get().body());
                assertThat(report.at("/plan/name").asText()).isEqualTo(plan);
                ids.add(report.at("/id").asLong());
            }
            assertThat(ids).as("distinct ids").hasSize(UPLOADS);

            HttpResponse<String> list = http.send(request("/api/audits").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            Set<Long> listed = new HashSet<>();
            for (JsonNode summary : json.readTree(list.body())) {
                if (summary.at("/plan").asText().equals(plan)) {
                    listed.add(summary.at("/id").asLong());
                }
            }
            assertThat(listed).isEqualTo(ids);
            List<AuditRow> history = audits.history(AuditStore.planKey(plan));
            assertThat(history).extracting(AuditRow::id).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(history).extracting(AuditRow::uploadId).doesNotHaveDuplicates();
            assertThat(history).allSatisfy(row -> assertThat(audits.fingerprints(row.id()))
                    .isEqualTo(audits.fingerprints(history.get(0).id())).isNotEmpty());
        } finally {
            threads.shutdownNow();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(UTF_8)));
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
        return body.toByteArray();
    }
}
