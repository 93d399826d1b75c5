package io.executionauditor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A plan whose every piece of text is markup (its name, file name, keys, titles, owners, teams, statuses, dates,
 * dependencies, notes) and a finding accepted with markup for a reason: every page that shows plan text, and the
 * HTML report, shows it as text. No script, image, frame or SVG of the plan's, no event-handler attribute, no
 * javascript: URL; and the markup is there to read, so it was escaped rather than dropped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanTextEscapingTest extends WebTestSupport {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String JS_URL = "javascript:alert(1)";
    static final String SVG = "<svg onload=alert(1)>";
    static final String QUOTE = "' onmouseover='alert(1)";
    static final RequestPostProcessor AUDITOR = user("escape-auditor").roles("AUDITOR");
    static final RequestPostProcessor COACH = user("escape-coach").roles("COACH");

    @Autowired
    MockMvc mvc;

    @Test
    void planTextIsShownAsTextOnEveryPageAndInTheHtmlReport() throws Exception {
        String fileName = IMG + ".xlsx";
        Map<String, String> pages = new LinkedHashMap<>();

        MvcResult preview = mvc.perform(multipart("/upload").file(new MockMultipartFile("file", fileName,
                "application/octet-stream", workbook())).with(AUDITOR).with(csrf())).andReturn();
        pages.put("preview", body(preview));
        Document previewPage = Jsoup.parse(body(preview));
        String location = mvc.perform(post("/upload/save").param("stored", previewPage.selectFirst(
                "input[name=stored]").val()).param("name", previewPage.selectFirst("input[name=name]").val())
                .with(AUDITOR).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/audits/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Document audit = Jsoup.parse(page(location));
        String fingerprint = audit.select("details.accept input[name=fingerprint]").eachAttr("value").get(0);
        mvc.perform(post(location + "/accept").param("fingerprint", fingerprint).param("reason", SCRIPT + IMG)
                .with(AUDITOR).with(csrf()));

        pages.put("audits", page("/audits"));
        pages.put("audit", page(location));
        pages.put("audit filtered by a team and a person", page(location + "?team=" + enc(SCRIPT) + "&person="
                + enc(IMG) + "&category=" + enc(SVG)));
        pages.put("history", page(location + "/history"));
        pages.put("portfolio", page("/portfolio"));
        pages.put("rule editor", page("/rules/edit?file=thresholds.yaml"));
        pages.put("dry run", dryRun(id));
        pages.put("HTML report", page("/api/audits/" + id + "/report?format=html"));
        // a path cannot carry SCRIPT: its slash, encoded, is refused by Spring Security's firewall before any page
        pages.put("error page for a bad id", page("/audits/" + enc(IMG)));
        pages.put("error page for an unknown path", page("/nothing/" + enc(SVG)));

        List<String> offenders = new ArrayList<>();
        pages.forEach((page, html) -> offenders.addAll(markupIn(page, Jsoup.parse(html))));
        assertThat(offenders).as("markup from the plan that became part of a page").isEmpty();

        String auditText = Jsoup.parse(pages.get("audit")).text();
        assertThat(auditText).as("shown, as text").contains(SCRIPT + " " + IMG).contains(SVG).contains(JS_URL)
                .contains(QUOTE);
        assertThat(Jsoup.parse(pages.get("audits")).text()).contains(SCRIPT).contains(IMG + ".xlsx");
        assertThat(Jsoup.parse(pages.get("preview")).text()).contains(IMG + ".xlsx").contains(JS_URL);
        assertThat(Jsoup.parse(pages.get("dry run")).select(".dryrun").text()).contains(SCRIPT).contains(IMG);
        assertThat(Jsoup.parse(pages.get("portfolio")).text()).contains(SCRIPT);
        assertThat(Jsoup.parse(pages.get("HTML report")).text()).contains(SCRIPT).contains(IMG);
        assertThat(Jsoup.parse(pages.get("error page for a bad id")).text()).contains(IMG);
    }

    /** Everything in a page that a browser would run or fetch because of the plan's text. */
    static List<String> markupIn(String page, Document html) {
        Set<String> foreign = Set.of("img", "iframe", "object", "embed", "base", "frame", "math", "video", "audio");
        List<String> found = new ArrayList<>();
        for (Element element : html.getAllElements()) {
            String tag = element.tagName();
            if (tag.equals("script") && !(element.attr("src").startsWith("/js/")
                    || element.attr("src").startsWith("/webjars/"))) {
                found.add(page + ": " + element.outerHtml());
            }
            if (foreign.contains(tag) || tag.equals("svg") && !element.hasClass("history")) {
                found.add(page + ": <" + tag + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (attribute.getKey().startsWith("on") || value.startsWith("javascript:")
                        && Set.of("href", "src", "action", "formaction", "xlink:href").contains(attribute.getKey())) {
                    found.add(page + ": <" + tag + " " + attribute.html() + ">");
                }
            }
        }
        return found;
    }

    /** A plan written by someone who wants to run script in a coach's browser. */
    static byte[] workbook() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(book, "Plan", List.of("Field", "Value"), List.of(List.of("Name", SCRIPT + " " + IMG),
                    List.of("As of", "2026-03-10"), List.of("Estimate unit", "points")));
            sheet(book, "Periods", List.of("Period", "Start", "End"), List.of(List.of("S1", "2026-03-02",
                    "2026-03-13")));
            sheet(book, "People", List.of("Person", "Team", "Capacity"), List.of(List.of(IMG, SCRIPT, "2"),
                    List.of(SVG, QUOTE, "1")));
            sheet(book, "Items", List.of("Key", "Title", "Owner", "Team", "Status", "Estimate", "Period", "Due",
                    "Depends on", "Goal", "Link"), List.of(
                    List.of("X-1", SCRIPT, "Ana, " + IMG, SCRIPT, "In progress", "8", "S1", "2026-03-12", "",
                            JS_URL, JS_URL),
                    List.of("X-2", IMG, SVG, QUOTE, "In progress", "5", "S1", JS_URL, "X-1", SVG, JS_URL),
                    List.of("X-3" + IMG, QUOTE, IMG, SCRIPT, "<img src=x onerror=alert('status')>", "3", "S1",
                            "2026-03-12", SCRIPT, "", ""),
                    List.of("X-4", JS_URL, IMG + " and " + SVG, SCRIPT, "Blocked", "3", "S1", "2026-03-11", "", "",
                            "")));
            sheet(book, "Updates", List.of("Date", "Key", "Author", "Health", "Note"), List.of(List.of("2026-03-09",
                    "X-1", SCRIPT, "Red", IMG + " " + JS_URL)));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(XSSFWorkbook book, String name, List<String> header, List<List<String>> rows) {
        Sheet sheet = book.createSheet(name);
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < all.get(r).size(); c++) {
                row.createCell(c).setCellValue(all.get(r).get(c));
            }
        }
    }

    /** The draft loosens shared ownership, so the dry run lists the plan's shared-owner findings as disappearing. */
    private String dryRun(long audit) throws Exception {
        String thresholds = Files.readString(Path.of("rules/thresholds.yaml"))
                .replace("ownership.shared-owner: {max-owners: 1}", "ownership.shared-owner: {max-owners: 9}");
        try {
            return mvc.perform(post("/rules/edit").param("file", "thresholds.yaml").param("content", thresholds)
                    .param("action", "dryrun").param("audit", String.valueOf(audit)).with(COACH).with(csrf()))
                    .andReturn().getResponse().getContentAsString();
        } finally {
            mvc.perform(post("/rules/draft/discard").with(COACH).with(csrf()));
        }
    }

    /** A page as a coach sees it; {@code path} is sent as it is, already encoded. */
    private String page(String path) throws Exception {
        return mvc.perform(get(java.net.URI.create(path)).with(COACH)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
