package io.executionauditor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.executionauditor.rules.RuleFolder;
import io.executionauditor.store.UserStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A coach publishes a new rule-set version without a redeploy: the next audit runs it and names it, earlier audits
 * keep naming theirs; a draft that is unsafe or fails its fixtures is refused and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RulesPublishTest extends WebTestSupport {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ActiveRules active;
    @TempDir
    Path dir;

    @BeforeEach
    void users() {
        if (users.find("cora").isEmpty()) {
            users.create("cora", encoder.encode("pw-cora"), "coach");
        }
        if (users.find("abe").isEmpty()) {
            users.create("abe", encoder.encode("pw-abe"), "auditor");
        }
    }

    @Test
    void aCoachRaisesTheWipLimitForOneTeamAndTheNextAuditUsesTheNewVersion() throws Exception {
        String before = active.get().version();
        long earlier = auditId(upload());
        Path draft = copyOfRules();
        Files.writeString(draft.resolve("thresholds.yaml"), Files.readString(draft.resolve("thresholds.yaml"))
                .replace("teams: {}", "teams:\n  Platform:\n    overcommitment.too-much-wip: {max-items: 5}"));
        try {
            JsonNode published = json(mvc.perform(multipart("/api/rules").file(zip(draft)).param("note", "WIP 5")
                    .with(httpBasic("cora", "pw-cora"))).andExpect(status().isCreated()).andReturn()
                    .getResponse().getContentAsString());
            String after = published.at("/version").asText();
            assertThat(after).isNotEqualTo(before).isEqualTo(active.get().version());

            long later = auditId(upload());
            assertThat(version(later)).isEqualTo(after);
            assertThat(version(earlier)).isEqualTo(before);
            mvc.perform(get("/api/rules/versions").with(httpBasic("abe", "pw-abe"))).andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].version").value(after)).andExpect(jsonPath("$[0].active").value(true))
                    .andExpect(jsonPath("$[0].note").value("WIP 5"));
        } finally {
            active.publish(RuleFolder.zip(Path.of("rules")), "test", "restore the shipped rules");
        }
    }

    @Test
    void anUnsafeDraftIsRefusedWithWhereAndTheActiveSetStays() throws Exception {
        String before = active.get().version();
        Path draft = copyOfRules();
        Path ownership = draft.resolve("ownership.drl");
        Files.writeString(ownership, Files.readString(ownership).replaceFirst("findings\\.raise\\(",
                "System.exit(1); findings.raise("));

        mvc.perform(multipart("/api/rules").file(zip(draft)).with(httpBasic("cora", "pw-cora")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("ownership.drl:")))
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("System")));
        assertThat(active.get().version()).isEqualTo(before);
    }

    @Test
    void aDraftWhoseFixturesFailIsRefused() throws Exception {
        String before = active.get().version();
        Path draft = copyOfRules();
        Files.writeString(draft.resolve("thresholds.yaml"), Files.readString(draft.resolve("thresholds.yaml"))
                .replace("overcommitment.too-much-wip: {max-items: 3}", "overcommitment.too-much-wip: {max-items: 30}"));

        mvc.perform(multipart("/api/rules").file(zip(draft)).with(httpBasic("cora", "pw-cora")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith("fixture failed: FAIL "
                        + "overcommitment.too-much-wip")));
        assertThat(active.get().version()).isEqualTo(before);
    }

    @Test
    void theEditorShowsAnUnsafeLineAtItsPlaceAndPublishesACheckedThresholdChange() throws Exception {
        var coach = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("cora").roles("COACH");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        String before = active.get().version();
        String ownership = org.jsoup.Jsoup.parse(mvc.perform(get("/rules/edit").param("file", "ownership.drl")
                .with(coach)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .selectFirst("textarea#source").text();
        assertThat(ownership).contains("rule \"ownership.shared-owner\"");

        var checked = org.jsoup.Jsoup.parse(mvc.perform(post("/rules/edit").param("file", "ownership.drl")
                .param("content", ownership.replaceFirst("findings\\.raise\\(", "System.exit(1); findings.raise("))
                .param("action", "check").with(coach).with(csrf)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(checked.select(".notice.error li").text()).startsWith("ownership.drl:24:5: \"System\"");
        assertThat(checked.selectFirst("textarea#source").attr("data-lines")).isEqualTo("24");
        assertThat(active.get().version()).as("checking publishes nothing").isEqualTo(before);
        mvc.perform(post("/rules/draft/discard").with(coach).with(csrf)).andExpect(status().is3xxRedirection());

        String thresholds = Files.readString(Path.of("rules/thresholds.yaml")).replace("teams: {}",
                "teams:\n  Platform:\n    overcommitment.too-much-wip: {max-items: 5}");
        var ok = org.jsoup.Jsoup.parse(mvc.perform(post("/rules/edit").param("file", "thresholds.yaml")
                .param("content", thresholds).param("action", "check").with(coach).with(csrf)).andReturn()
                .getResponse().getContentAsString());
        assertThat(ok.select(".notice.ok").text()).contains("all").contains("fixtures pass");
        try {
            mvc.perform(post("/rules/edit").param("file", "thresholds.yaml").param("content", thresholds)
                    .param("action", "publish").param("note", "WIP 5 for Platform").with(coach).with(csrf))
                    .andExpect(status().is3xxRedirection());
            assertThat(active.get().version()).isNotEqualTo(before);
            assertThat(active.get().thresholds().describe("overcommitment.too-much-wip"))
                    .contains("team Platform: max-items 5");
        } finally {
            active.publish(RuleFolder.zip(Path.of("rules")), "test", "restore the shipped rules");
        }
        mvc.perform(get("/rules/edit").param("file", "../secrets.drl").with(coach))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDryRunShowsWhichFindingsOfAStoredAuditWouldDisappear() throws Exception {
        long audit = auditId(upload());
        String thresholds = Files.readString(Path.of("rules/thresholds.yaml"))
                .replace("overcommitment.too-much-wip: {max-items: 3}", "overcommitment.too-much-wip: {max-items: 30}");

        var page = org.jsoup.Jsoup.parse(mvc.perform(post("/rules/edit").param("file", "thresholds.yaml")
                .param("content", thresholds).param("action", "dryrun").param("audit", String.valueOf(audit))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("cora").roles("COACH"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select(".dryrun b").text()).contains("0 would appear").containsPattern("[1-9]\\d* would "
                + "disappear");
        assertThat(page.select(".dryrun tr:contains(disappears) code").eachText())
                .containsOnly("overcommitment.too-much-wip");
        assertThat(page.select(".notice.error b").text()).as("its fixtures fail: it could not be published")
                .contains("fixtures fail");
        mvc.perform(post("/rules/draft/discard").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("cora").roles("COACH")).with(org.springframework.security
                .test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
    }

    @Test
    void aVersionShowsWhatChangedAndAnOlderOneCanBeRestored(
            @Autowired io.executionauditor.store.RuleSetStore versions) throws Exception {
        var coach = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("cora").roles("COACH");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        String before = active.get().version();
        long older = versions.active().orElseThrow().id();
        Path draft = copyOfRules();
        Files.writeString(draft.resolve("thresholds.yaml"), Files.readString(draft.resolve("thresholds.yaml"))
                .replace("teams: {}", "teams:\n  Platform:\n    overcommitment.too-much-wip: {max-items: 5}"));
        try {
            active.publish(RuleFolder.zip(draft), "cora", "WIP 5");
            long newer = versions.active().orElseThrow().id();

            var page = org.jsoup.Jsoup.parse(mvc.perform(get("/rules/versions/" + newer).with(coach))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.select("section b").eachText()).containsExactly("thresholds.yaml");
            assertThat(page.select("pre.diff .add").eachText()).contains("+    overcommitment.too-much-wip: {max-items: 5}");
            assertThat(page.select("pre.diff .del").eachText()).contains("-teams: {}");

            mvc.perform(post("/rules/versions/" + older + "/restore").with(coach).with(csrf))
                    .andExpect(status().is3xxRedirection());
            assertThat(active.get().version()).isEqualTo(before);
            assertThat(versions.active().orElseThrow().note()).isEqualTo("restore of version #" + older);
        } finally {
            active.publish(RuleFolder.zip(Path.of("rules")), "test", "restore the shipped rules");
        }
    }

    @Test
    void aCoachWritesANewRuleWithItsFixturesInTheEditorAndPublishesIt() throws Exception {
        var coach = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("cora").roles("COACH");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(post("/rules/draft/discard").with(coach).with(csrf));
        String rule = """
                package custom;
                import io.executionauditor.rules.facts.*;
                import io.executionauditor.rules.Subject;
                import io.executionauditor.rules.Evidence;
                global io.executionauditor.rules.FindingSink findings;
                rule "custom.unestimated-in-progress"
                    @id("custom.unestimated-in-progress") @category("custom") @severity("info")
                    @title("Started without an estimate") @description("An item in progress has no estimate.")
                    @message("{subject} is in progress with no estimate.") @recommendation("Estimate {subject}.")
                when
                    $i : ItemFact(open, estimate == null, $key : key)
                then
                    findings.raise(drools, Subject.item($key), Evidence.none().items(java.util.List.of($key)));
                end
                """;
        String plan = "Key,Title,Owner,Status,Estimate\nU-1,No estimate,Ana,In progress,\nU-2,Estimated,Ben,In progress,3\n";
        String expect = "description: An open item without estimate fires; an estimated one does not.\n"
                + "asOf: 2026-03-10\nexpect:\n  - subject: U-1\nabsent:\n  - subject: U-2\n";
        save(coach, csrf, "custom.drl", rule);
        save(coach, csrf, "tests/custom.unestimated-in-progress/fires-without-estimate.csv", plan);
        save(coach, csrf, "tests/custom.unestimated-in-progress/fires-without-estimate.expect.yaml", expect);

        var checked = org.jsoup.Jsoup.parse(mvc.perform(post("/rules/edit").param("file", "custom.drl")
                .param("content", rule).param("action", "check").with(coach).with(csrf)).andReturn().getResponse()
                .getContentAsString());
        assertThat(checked.select(".notice.ok").text()).contains("39 rules").contains("fixtures pass");
        assertThat(checked.select("details a.fixture").eachText())
                .contains("custom.unestimated-in-progress/fires-without-estimate.csv");
        try {
            mvc.perform(post("/rules/edit").param("file", "custom.drl").param("content", rule)
                    .param("action", "publish").with(coach).with(csrf)).andExpect(status().is3xxRedirection());
            assertThat(active.get().rules()).containsKey("custom.unestimated-in-progress");
            var catalogue = org.jsoup.Jsoup.parse(mvc.perform(get("/rules").with(coach)).andReturn().getResponse()
                    .getContentAsString());
            assertThat(catalogue.select("table.rules tbody tr")).hasSize(39);
        } finally {
            active.publish(RuleFolder.zip(Path.of("rules")), "test", "restore the shipped rules");
        }
    }

    @Test
    void aDraftWithARuleThatLoopsIsStoppedWithAClearMessageAndNotPublished() throws Exception {
        var coach = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("cora").roles("COACH");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(post("/rules/draft/discard").with(coach).with(csrf));
        String before = active.get().version();
        String loop = "package loop;\nimport io.executionauditor.rules.facts.*;\n"
                + "global io.executionauditor.rules.FindingSink findings;\n"
                + "rule \"loop.forever\"\n  @id(\"loop.forever\") @category(\"loop\") @severity(\"info\") @title(\"t\")\n"
                + "  @description(\"d\") @message(\"m\") @recommendation(\"r\")\n"
                + "when\n  $i : ItemFact()\nthen\n  update($i);\nend\n";
        long start = System.nanoTime();

        var page = org.jsoup.Jsoup.parse(mvc.perform(post("/rules/edit").param("file", "loop.drl").param("content", loop)
                .param("action", "publish").with(coach).with(csrf)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(60));
        assertThat(page.select(".notice.error").text()).contains("Not published").contains("probably loops");
        assertThat(active.get().version()).isEqualTo(before);
        mvc.perform(post("/rules/draft/discard").with(coach).with(csrf));
    }

    private void save(org.springframework.test.web.servlet.request.RequestPostProcessor coach,
            org.springframework.test.web.servlet.request.RequestPostProcessor csrf, String file, String content)
            throws Exception {
        mvc.perform(post("/rules/edit").param("file", file).param("content", content).param("action", "save")
                .with(coach).with(csrf)).andExpect(status().isOk());
    }

    @Test
    void onlyCoachesPublish() throws Exception {
        mvc.perform(multipart("/api/rules").file(zip(copyOfRules())).with(httpBasic("abe", "pw-abe")))
                .andExpect(status().isForbidden());
    }

    private String upload() throws Exception {
        MockMultipartFile plan = new MockMultipartFile("file", "payments-q3.xlsx", "application/octet-stream",
                Files.readAllBytes(Path.of("samples/payments-q3.xlsx")));
        return mvc.perform(multipart("/api/audits").file(plan).with(httpBasic("abe", "pw-abe")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private String version(long audit) throws Exception {
        return json(mvc.perform(get("/api/audits/" + audit).with(httpBasic("abe", "pw-abe"))).andReturn()
                .getResponse().getContentAsString()).at("/ruleSet/version").asText();
    }

    private static long auditId(String report) throws Exception {
        return json(report).at("/id").asLong();
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    private Path copyOfRules() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("draft-" + System.nanoTime()));
        RuleFolder.unzip(RuleFolder.zip(Path.of("rules")), copy);
        return copy;
    }

    private static MockMultipartFile zip(Path folder) {
        return new MockMultipartFile("rules", "rules.zip", "application/zip", RuleFolder.zip(folder));
    }
}
