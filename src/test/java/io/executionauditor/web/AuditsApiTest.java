package io.executionauditor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.executionauditor.store.UserStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The REST contract of DESIGN.md section 8, end to end on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditsApiTest extends WebTestSupport {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void users() {
        createUser("ada", "auditor");
        createUser("vic", "viewer");
    }

    private void createUser(String name, String role) {
        if (users.find(name).isEmpty()) {
            users.create(name, encoder.encode("pw-" + name), role);
        }
    }

    private MvcResult upload(String sample) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", Path.of(sample).getFileName().toString(),
                "application/octet-stream", Files.readAllBytes(Path.of(sample)));
        return mvc.perform(multipart("/api/audits").file(file).with(httpBasic("ada", "pw-ada")))
                .andExpect(status().isCreated()).andReturn();
    }

    @Test
    void uploadAuditsAndStoresThePlanThenListsFetchesAndDownloadsEveryFormat() throws Exception {
        MvcResult created = upload("samples/payments-q3.xlsx");
        JsonNode report = new ObjectMapper().readTree(created.getResponse().getContentAsString());
        long id = report.at("/id").asLong();

        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/audits/" + id);
        assertThat(report.at("/plan/name").asText()).isEqualTo("Payments & Platform - Q3 2026");
        assertThat(report.at("/plan/source").asText()).isEqualTo("payments-q3.xlsx");
        assertThat(report.at("/findings").size()).isEqualTo(report.at("/summary/findings").asInt()).isPositive();

        mvc.perform(get("/api/audits").with(httpBasic("vic", "pw-vic"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].plan").value("Payments & Platform - Q3 2026"))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].healthScore").value(report.at("/summary/healthScore")
                        .asInt()));
        mvc.perform(get("/api/audits/" + id).with(httpBasic("vic", "pw-vic"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.asOf").value("2026-08-07"));

        Map<String, String> starts = Map.of("html", "<!DOCTYPE html>", "pdf", "%PDF-", "xlsx", "PK", "csv",
                "\uFEFFplan", "md", "# Execution audit", "json", "{");
        for (Map.Entry<String, String> format : starts.entrySet()) {
            MvcResult file = mvc.perform(get("/api/audits/" + id + "/report").param("format", format.getKey())
                    .with(httpBasic("vic", "pw-vic"))).andExpect(status().isOk()).andReturn();
            assertThat(file.getResponse().getHeader("Content-Disposition")).as(format.getKey())
                    .isEqualTo("attachment; filename=\"Payments-Platform-Q3-2026-2026-08-07." + format.getKey() + "\"");
            assertThat(new String(file.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .as(format.getKey()).startsWith(format.getValue());
        }
    }

    @Test
    void anMsProjectFileUploadsAndAuditsLikeAWorkbook() throws Exception {
        JsonNode report = new ObjectMapper().readTree(upload("samples/myproject-2003.mpp").getResponse()
                .getContentAsString());

        assertThat(report.at("/plan/name").asText()).isEqualTo("MyProject");
        assertThat(report.at("/plan/source").asText()).isEqualTo("myproject-2003.mpp");
        assertThat(report.at("/asOf").asText()).isEqualTo("2003-03-28");
        assertThat(report.at("/findings").size()).isPositive();
    }

    @Test
    void aJiraExportUploadIsAuditedAsOfItsLastUpdate() throws Exception {
        JsonNode report = new ObjectMapper().readTree(upload("src/test/resources/realdata/jira/"
                + "fleetbase-lipu-jira-es.csv").getResponse().getContentAsString());

        assertThat(report.at("/plan/source").asText()).isEqualTo("fleetbase-lipu-jira-es.csv");
        assertThat(report.at("/plan/items").asInt()).isEqualTo(105);
        assertThat(report.at("/asOf").asText()).isEqualTo("2025-11-10");
        assertThat(report.at("/importIssues/0/sheet").asText()).isEqualTo("Jira export");
        assertThat(report.at("/importIssues/0/row").asInt()).isEqualTo(106);
    }

    @Test
    void unreadableUploadIsA400ProblemAndStoresNothing() throws Exception {
        int before = countAudits();
        long filesBefore = uploadedFiles();
        MockMultipartFile junk = new MockMultipartFile("file", "plan.xlsx", "application/octet-stream",
                new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

        mvc.perform(multipart("/api/audits").file(junk).with(httpBasic("ada", "pw-ada")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unreadable plan"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("plan.xlsx")))
                .andExpect(jsonPath("$.importIssues").isArray());

        assertThat(countAudits()).isEqualTo(before);
        assertThat(uploadedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void errorsAreProblemsThatSayWhatIsWrong() throws Exception {
        mvc.perform(get("/api/audits")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/audits").with(httpBasic("vic", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/audits").file(new MockMultipartFile("file", "x.csv", "text/csv", "Key\nA-1\n"
                .getBytes())).with(httpBasic("vic", "pw-vic"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/audits/999999").with(httpBasic("vic", "pw-vic"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("there is no audit 999999"));
        long id = new ObjectMapper().readTree(upload("samples/website-relaunch.csv").getResponse()
                .getContentAsString()).at("/id").asLong();
        mvc.perform(get("/api/audits/" + id + "/report").param("format", "docx").with(httpBasic("vic", "pw-vic")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                        org.hamcrest.Matchers.containsString("html, pdf, xlsx, csv, md")));
    }

    @Test
    void aFindingIsAcceptedAndWithdrawnOverTheApi() throws Exception {
        long id = new ObjectMapper().readTree(upload("samples/payments-q3.xlsx").getResponse().getContentAsString())
                .at("/id").asLong();
        String body = "{\"ruleId\":\"ownership.shared-owner\",\"subjectType\":\"item\",\"subjectId\":\"%s\","
                + "\"reason\":\"Pairing on purpose\"}";
        String subject = new ObjectMapper().readTree(mvc.perform(get("/api/audits/" + id).with(httpBasic("vic",
                "pw-vic"))).andReturn().getResponse().getContentAsString()).at("/findings").findParents("ruleId")
                .stream().filter(f -> f.at("/ruleId").asText().equals("ownership.shared-owner")).findFirst()
                .orElseThrow().at("/subject/id").asText();

        MvcResult accepted = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/audits/" + id + "/acceptances").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(subject)).with(httpBasic("ada", "pw-ada")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reason").value("Pairing on purpose"))
                .andReturn();
        long acceptance = new ObjectMapper().readTree(accepted.getResponse().getContentAsString()).at("/id").asLong();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/audits/" + id + "/acceptances").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("NO-SUCH-ITEM")).with(httpBasic("ada", "pw-ada")))
                .andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/acceptances/" + acceptance).with(httpBasic("vic", "pw-vic")))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/acceptances/" + acceptance).with(httpBasic("ada", "pw-ada")))
                .andExpect(status().isNoContent());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/acceptances/" + acceptance).with(httpBasic("ada", "pw-ada")))
                .andExpect(status().isNotFound());
    }

    @Test
    void rulesListsTheActiveCatalogue() throws Exception {
        mvc.perform(get("/api/rules").with(httpBasic("vic", "pw-vic"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(38))
                .andExpect(jsonPath("$[?(@.id == 'ownership.shared-owner')].severity").value("warning"));
    }

    @Test
    void openApiDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/audits'].post").exists())
                .andExpect(jsonPath("$.paths['/api/audits/{id}/report'].get").exists());
    }
}
