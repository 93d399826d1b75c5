package io.executionauditor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages as a browser meets them: log in, upload with a preview, read and filter an audit, compare. */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTest extends WebTestSupport {
    static final RequestPostProcessor AUDITOR = user("ada").roles("AUDITOR");
    static final RequestPostProcessor VIEWER = user("vic").roles("VIEWER");

    @Autowired
    MockMvc mvc;
    @Autowired
    io.executionauditor.store.AuditStore audits;
    @Autowired
    io.executionauditor.store.UploadStore uploads;

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/audits")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void formsNeedTheirCsrfToken() throws Exception {
        mvc.perform(multipart("/upload").file(csv("plan.csv", "Key\nA-1\n")).with(AUDITOR))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownAuditIsAPageNotJson() throws Exception {
        Document page = html(mvc.perform(get("/audits/987654321").accept(org.springframework.http.MediaType.TEXT_HTML)
                .with(VIEWER)).andExpect(status().isNotFound()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Not Found");
        assertThat(page.select(".notice.error").text()).isEqualTo("there is no audit 987654321");
    }

    @Test
    void viewersCannotUpload() throws Exception {
        mvc.perform(get("/upload").with(VIEWER)).andExpect(status().isForbidden());
    }

    @Test
    void uploadShowsTheImportThenSavesTheAuditOnConfirmation() throws Exception {
        int before = countAudits();
        String plan = "Key,Title,Owner,Status,Estimate,Due\nA-1,Login,Ana and Ben,In progress,3,2026-02-30\n"
                + "A-2,Signup,Ana,To do,2,2026-03-20\n";

        Document preview = html(mvc.perform(multipart("/upload").file(csv("team-plan.csv", plan))
                .with(AUDITOR).with(csrf())).andExpect(status().isOk()).andReturn());

        assertThat(preview.select("table.list").first().text()).contains("Items 2 2 0");
        assertThat(preview.text()).contains("Import problems (1)").contains("Due").contains("2026-02-30");
        assertThat(countAudits()).as("nothing saved before confirmation").isEqualTo(before);

        String stored = preview.selectFirst("input[name=stored]").val();
        MvcResult saved = mvc.perform(post("/upload/save").param("stored", stored).param("name", "team-plan.csv")
                .with(AUDITOR).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).matches("/audits/\\d+");
        assertThat(countAudits()).isEqualTo(before + 1);

        Document audit = html(mvc.perform(get(location).with(VIEWER)).andExpect(status().isOk()).andReturn());
        assertThat(audit.select("h1").text()).isEqualTo("team-plan");
        assertThat(audit.select("div.finding .rule").eachText()).contains("ownership.shared-owner");
        assertThat(audit.select(".downloads a").eachText()).contains("PDF", "XLSX", "CSV", "MD", "HTML", "JSON");
    }

    @Test
    void unreadableUploadSaysWhyOnTheUploadPage() throws Exception {
        Document page = html(mvc.perform(multipart("/upload").file(new MockMultipartFile("file", "plan.xlsx",
                "application/octet-stream", new byte[] {0, 1, 2, 3})).with(AUDITOR).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select(".notice.error").text()).contains("plan.xlsx");
    }

    @Test
    void filtersNarrowTheFindingsAndASecondAuditComparesWithTheFirst() throws Exception {
        String first = "Key,Title,Owner,Team,Status,Estimate,Period\nB-1,One,Ana and Ben,Web,In progress,3,S1\n"
                + "B-2,Two,Cy,Web,In progress,2,S1\n";
        String second = "Key,Title,Owner,Team,Status,Estimate,Period\nB-1,One,Ana,Web,In progress,3,S1\n"
                + "B-2,Two,Cy and Di,Web,In progress,2,S1\n";
        String plan = "compare-" + System.nanoTime() + ".csv";
        upload(plan, first);
        String location = upload(plan, second);

        Document all = html(mvc.perform(get(location).with(VIEWER)).andReturn());
        assertThat(all.select(".compare").text()).contains("1 new").contains("1 resolved");
        assertThat(all.select("#resolved + table").text()).contains("B-1");

        Document onlyNew = html(mvc.perform(get(location).param("change", "new").with(VIEWER)).andReturn());
        assertThat(onlyNew.select("div.finding .subject").eachText()).isNotEmpty()
                .allMatch(subject -> !subject.contains("B-1"));

        Document bySeverity = html(mvc.perform(get(location).param("severity", "warning").with(VIEWER)).andReturn());
        assertThat(bySeverity.select("div.finding .sev").eachText()).isNotEmpty().containsOnly("warning");
        Document byPerson = html(mvc.perform(get(location).param("person", "Di").with(VIEWER)).andReturn());
        assertThat(byPerson.select("div.finding .subject").eachText()).isNotEmpty()
                .allMatch(subject -> subject.contains("B-2") || subject.contains("Di"));
    }

    @Test
    void theAuditPageShowsTheScheduleChecksOfAScheduleAndOneLineForASprintPlan() throws Exception {
        String name = "schedule-" + System.nanoTime() + ".csv";
        Document preview = html(mvc.perform(multipart("/upload").file(csv(name,
                io.executionauditor.report.SchedulePlan.items())).with(AUDITOR).with(csrf())).andReturn());
        String location = mvc.perform(post("/upload/save").param("stored", preview.selectFirst("input[name=stored]")
                .val()).param("name", name).param("asOf", io.executionauditor.report.SchedulePlan.AS_OF.toString())
                .with(AUDITOR).with(csrf())).andReturn().getResponse().getRedirectedUrl();

        Document schedule = html(mvc.perform(get(location).param("severity", "info").with(VIEWER)).andReturn());
        java.util.Map<String, String> results = new java.util.LinkedHashMap<>();
        schedule.select("#schedule-checks tbody tr").forEach(row -> results.put(row.selectFirst(".rule-id").text(),
                row.selectFirst(".result").text()));
        assertThat(results).as("the checks, whatever the findings filter").isEqualTo(
                io.executionauditor.report.SchedulePlan.RESULTS);

        String sprint = upload("sprint-" + System.nanoTime() + ".csv",
                "Key,Title,Owner,Status,Estimate,Period\nS-1,One,Ana,In progress,3,S1\n");
        Document page = html(mvc.perform(get(sprint).with(VIEWER)).andReturn());
        assertThat(page.select("#schedule-checks").text()).startsWith("The schedule-quality checks (DCMA 14-point "
                + "assessment) do not apply, because the plan is not a schedule");
        assertThat(page.select("table.checks")).isEmpty();
    }

    @Test
    void anAcceptedFindingIsShownApartAndStaysAcceptedInTheNextAuditUntilWithdrawn() throws Exception {
        String plan = "accept-" + System.nanoTime() + ".csv";
        String text = "Key,Title,Owner,Team,Status,Estimate,Period\nC-1,One,Ana and Ben,Web,In progress,3,S1\n";
        String first = upload(plan, text);
        Document page = html(mvc.perform(get(first).with(AUDITOR)).andReturn());
        String fingerprint = page.select("details.accept input[name=fingerprint]").eachAttr("value").stream()
                .filter(value -> value.startsWith("ownership.shared-owner|item|C-1")).findFirst().orElseThrow();

        mvc.perform(post(first + "/accept").param("fingerprint", fingerprint).param("reason", "Pairing on purpose")
                .with(AUDITOR).with(csrf())).andExpect(status().is3xxRedirection());
        String second = upload(plan, text);

        Document later = html(mvc.perform(get(second).with(VIEWER)).andReturn());
        assertThat(later.select("#accepted + p + table").text()).contains("Shared ownership").contains("C-1")
                .contains("Pairing on purpose").contains("ada");
        assertThat(later.select("div.finding .rule").eachText()).doesNotContain("ownership.shared-owner");

        assertThat(later.select("#accepted + p + table form")).as("viewers may not withdraw").isEmpty();
        String withdraw = html(mvc.perform(get(second).with(AUDITOR)).andReturn())
                .select("#accepted + p + table form").attr("action");
        mvc.perform(post(withdraw).with(AUDITOR).with(csrf())).andExpect(status().is3xxRedirection());
        Document after = html(mvc.perform(get(second).with(VIEWER)).andReturn());
        assertThat(after.select("#accepted")).isEmpty();
        assertThat(after.select("div.finding .rule").eachText()).contains("ownership.shared-owner");
    }

    @Test
    void viewersCannotAcceptFindings() throws Exception {
        mvc.perform(post("/audits/1/accept").param("fingerprint", "x").param("reason", "y").with(VIEWER).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void historyChartsEveryAuditOfThePlanAndThePortfolioShowsTheLatestOfEachPlan() throws Exception {
        String plan = "history-" + System.nanoTime() + ".csv";
        upload(plan, "Key,Title,Owner,Team,Status,Estimate,Period\nH-1,One,Ana and Ben,Web,In progress,3,S1\n");
        String latest = upload(plan, "Key,Title,Owner,Team,Status,Estimate,Period\nH-1,One,Ana,Web,In progress,3,S1\n");

        Document history = html(mvc.perform(get(latest + "/history").with(VIEWER)).andExpect(status().isOk())
                .andReturn());
        assertThat(history.select("svg.history circle")).hasSize(2);
        assertThat(history.select("table.list tbody tr")).hasSize(2);

        Document portfolio = html(mvc.perform(get("/portfolio").with(VIEWER)).andExpect(status().isOk()).andReturn());
        String name = plan.replace(".csv", "");
        assertThat(portfolio.select("table.list tbody tr a").eachText()).containsOnlyOnce(name);
        assertThat(portfolio.select("table.list").last().text()).contains("Web");
    }

    @Test
    void anAdminAddsAUserWhoCanThenLogIn() throws Exception {
        RequestPostProcessor admin = user("root").roles("ADMIN");
        String name = "new" + System.nanoTime() % 100000;
        mvc.perform(post("/admin/users").param("username", name).param("password", "long-enough-1")
                .param("role", "auditor").with(admin).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(html(mvc.perform(get("/admin/users").with(admin)).andReturn()).select("td").eachText())
                .contains(name);
        mvc.perform(post("/login").param("username", name).param("password", "long-enough-1").with(csrf()))
                .andExpect(redirectedUrl("/audits"));
        mvc.perform(get("/admin/users").with(AUDITOR)).andExpect(status().isForbidden());
    }

    @Test
    void rerunAuditsTheKeptFileAgainAsANewAuditOfThePlan() throws Exception {
        String first = upload("rerun-" + System.nanoTime() + ".csv",
                "Key,Title,Owner,Status,Estimate\nR-1,One,Ana and Ben,In progress,3\n");
        long firstId = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));

        String second = mvc.perform(post(first + "/rerun").with(AUDITOR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long secondId = Long.parseLong(second.substring(second.lastIndexOf('/') + 1));

        assertThat(secondId).isNotEqualTo(firstId);
        var before = audits.find(firstId).orElseThrow();
        var after = audits.find(secondId).orElseThrow();
        assertThat(after.uploadId()).isEqualTo(before.uploadId());
        assertThat(after.asOf()).isEqualTo(before.asOf());
        assertThat(after.findings()).isEqualTo(before.findings());
        mvc.perform(post(first + "/rerun").with(VIEWER).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aPreviewNeitherSavedNorCancelledIsRemovedAfterADay() throws Exception {
        Document preview = html(mvc.perform(multipart("/upload").file(csv("left.csv", "Key\nL-1\n")).with(AUDITOR)
                .with(csrf())).andReturn());
        Path file = DATA.resolve("uploads").resolve(preview.selectFirst("input[name=stored]").val());
        assertThat(file).exists();

        uploads.removeAbandoned(java.time.Duration.ofDays(1), java.time.Instant.now());
        assertThat(file).as("a fresh preview is kept").exists();
        uploads.removeAbandoned(java.time.Duration.ofDays(1), java.time.Instant.now().plus(java.time.Duration.ofDays(2)));
        assertThat(file).as("an abandoned one goes").doesNotExist();
    }

    @Test
    void coachesSeeTheRuleCatalogueWithThresholdsAndHowOftenEachRuleFired() throws Exception {
        upload("catalogue-" + System.nanoTime() + ".csv",
                "Key,Title,Owner,Status,Estimate\nK-1,One,Ana and Ben,In progress,3\n");

        Document page = html(mvc.perform(get("/rules").with(user("cora").roles("COACH"))).andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("table.rules tbody tr")).hasSize(38);
        String wip = page.select("table.rules tbody tr:has(code:containsOwn(overcommitment.too-much-wip))").text();
        assertThat(wip).contains("max-items 3");
        String shared = page.select("table.rules tbody tr:has(code:containsOwn(ownership.shared-owner))").text();
        assertThat(shared).matches(".* [1-9]\\d* [1-9]\\d*$");
        assertThat(page.select("span.chip.healthy").text()).isEqualTo("active");
        mvc.perform(get("/rules").with(AUDITOR)).andExpect(status().isForbidden());
    }

    private String upload(String name, String text) throws Exception {
        Document preview = html(mvc.perform(multipart("/upload").file(csv(name, text)).with(AUDITOR).with(csrf()))
                .andReturn());
        return mvc.perform(post("/upload/save").param("stored", preview.selectFirst("input[name=stored]").val())
                .param("name", name).param("asOf", "2026-03-10").with(AUDITOR).with(csrf())).andReturn()
                .getResponse().getRedirectedUrl();
    }

    private static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    static Path sample(String name) throws Exception {
        return Files.exists(Path.of("samples", name)) ? Path.of("samples", name) : null;
    }
}
