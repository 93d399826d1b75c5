package io.executionauditor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.executionauditor.store.UserStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A person in a real browser (Debian's chromium, driven by Debian's chromedriver): logs in, uploads a plan, reads
 * and filters the findings, uploads a later version, sees the comparison, downloads the PDF. Without chromedriver
 * the test is skipped, unless {@code CI_REQUIRE_BROWSER=1} (set by .ci/run) makes that a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest extends WebTestSupport {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @TempDir
    Path downloads;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        boolean available = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!available && "1".equals(System.getenv("CI_REQUIRE_BROWSER"))) {
            throw new AssertionError("CI_REQUIRE_BROWSER=1 but " + CHROMEDRIVER + " or " + CHROMIUM + " is missing");
        }
        assumeTrue(available, "no chromium and chromedriver here (apt-get install chromium chromium-driver)");
        if (users.find("bea").isEmpty()) {
            users.create("bea", encoder.encode("pw-bea-123"), "auditor");
        }
        if (users.find("ada-admin").isEmpty()) {
            users.create("ada-admin", encoder.encode("pw-ada-admin"), "admin");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1366,900", "--user-data-dir=" + downloads.resolve("profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        // every page records what its Content-Security-Policy refused, from before its own scripts run
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', function (e) {"
                + "  window.cspViolations.push(e.violatedDirective + ' refused ' + (e.blockedURI || 'inline')"
                + "    + ' in ' + e.sourceFile + ':' + e.lineNumber + ' ' + e.sample); });"));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLeadUploadsReadsFiltersComparesAndDownloads() throws Exception {
        browser.get(url("/audits"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.name("username")).sendKeys("bea");
        browser.findElement(By.name("password")).sendKeys("pw-bea-123");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitForHeading("Audits");

        upload("2026-07-24");
        upload("2026-08-07");

        List<WebElement> findings = browser.findElements(By.cssSelector("div.finding"));
        assertThat(findings).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".compare")).getText()).contains("Since the previous audit")
                .contains("new").contains("resolved");

        new Select(browser.findElement(By.name("severity"))).selectByValue("critical");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait(d -> d.getCurrentUrl().contains("severity=critical"));
        List<String> severities = browser.findElements(By.cssSelector("div.finding .sev")).stream()
                .map(WebElement::getText).map(String::toLowerCase).toList();
        assertThat(severities).isNotEmpty().containsOnly("critical");
        assertThat(browser.findElements(By.cssSelector("div.finding")).size()).isLessThan(findings.size());

        browser.findElement(By.linkText("PDF")).click();
        Path pdf = waitForDownload(".pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
    }

    /**
     * The pages whose scripts do something (drag and drop on the upload form, the audit page's filters, the rule
     * editor's CodeMirror, the users form) and Swagger UI, used as an admin: each works and its Content-Security-
     * Policy refuses nothing. Screenshots land in target/screenshots.
     */
    @Test
    void thePagesWorkUnderTheirContentSecurityPolicyAndItRefusesNothing() throws Exception {
        List<String> refused = new java.util.ArrayList<>();
        browser.get(url("/login"));
        refused.addAll(violations("login"));
        browser.findElement(By.name("username")).sendKeys("ada-admin");
        browser.findElement(By.name("password")).sendKeys("pw-ada-admin");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitForHeading("Audits");
        refused.addAll(violations("audits"));

        browser.get(url("/upload"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var dt = new DataTransfer();"
                + "dt.items.add(new File([arguments[0]], 'website-relaunch.csv', {type: 'text/csv'}));"
                + "var drop = document.getElementById('drop');"
                + "['dragenter', 'dragover', 'drop'].forEach(function (type) {"
                + "  drop.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + "});", Files.readString(Path.of("samples/website-relaunch.csv")));
        assertThat(browser.findElement(By.id("drop-file")).getText()).isEqualTo("Selected: website-relaunch.csv");
        assertThat(browser.findElement(By.id("drop")).getAttribute("class")).contains("has-file");
        refused.addAll(violations("upload"));
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        waitForHeading("Check what was read");
        refused.addAll(violations("preview"));
        browser.findElement(By.xpath("//button[text()='Audit and save']")).click();
        waitForHeading("website-relaunch");
        new Select(browser.findElement(By.name("severity"))).selectByValue("warning");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait(d -> d.getCurrentUrl().contains("severity=warning"));
        assertThat(browser.findElements(By.cssSelector("div.finding .sev")).stream().map(WebElement::getText)
                .map(String::toLowerCase).toList()).isNotEmpty().containsOnly("warning");
        WebElement bar = browser.findElement(By.cssSelector("table.chart table.bar"));
        assertThat(bar.getSize().getWidth()).as("a chart bar takes its length from its class").isPositive()
                .isLessThanOrEqualTo(bar.findElement(By.xpath("..")).getSize().getWidth());
        refused.addAll(violations("audit"));
        screenshot("csp-audit-page");

        browser.get(url("/rules/edit?file=thresholds.yaml"));
        wait(d -> !d.findElements(By.cssSelector(".CodeMirror .CodeMirror-linenumber")).isEmpty());
        assertThat(browser.findElement(By.id("source")).isDisplayed()).as("CodeMirror replaces the text area")
                .isFalse();
        assertThat(browser.findElement(By.cssSelector(".CodeMirror")).getText()).contains("defaults:");
        browser.findElement(By.cssSelector("button[value=check]")).click();
        wait(d -> !d.findElements(By.cssSelector(".notice.ok, .notice.error")).isEmpty());
        refused.addAll(violations("rule editor"));
        screenshot("csp-rule-editor");

        browser.get(url("/admin/users"));
        browser.findElement(By.cssSelector("form.card input[name=username]")).sendKeys("csp-viewer");
        browser.findElement(By.cssSelector("form.card input[name=password]")).sendKeys("long-enough-1");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        wait(d -> d.findElements(By.cssSelector(".notice.ok")).stream().anyMatch(n -> n.getText()
                .contains("csp-viewer")));
        refused.addAll(violations("users"));

        browser.get(url("/swagger-ui.html"));
        wait(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
        browser.findElements(By.cssSelector(".opblock-summary")).get(0).click();
        wait(d -> !d.findElements(By.cssSelector(".opblock-body")).isEmpty());
        refused.addAll(violations("Swagger UI"));

        assertThat(refused).as("what the Content-Security-Policy refused").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> violations(String page) {
        Object found = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return window.cspViolations || ['no violation recorder on this page'];");
        return ((List<Object>) found).stream().map(v -> page + ": " + v).toList();
    }

    private void screenshot(String name) throws java.io.IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser)
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private void upload(String asOf) {
        browser.get(url("/upload"));
        browser.findElement(By.id("file")).sendKeys(Path.of("samples/payments-q3.xlsx").toAbsolutePath().toString());
        WebElement date = browser.findElement(By.name("asOf"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date,
                asOf);
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        waitForHeading("Check what was read");
        assertThat(browser.findElement(By.cssSelector("table.list")).getText()).contains("Items");
        browser.findElement(By.xpath("//button[text()='Audit and save']")).click();
        wait(d -> d.getCurrentUrl().matches(".*/audits/\\d+$"));
        waitForHeading("Payments & Platform - Q3 2026");
    }

    /** Waits for the page a click leads to: its heading, read afresh each time (the old page goes stale). */
    private void waitForHeading(String text) {
        wait(d -> {
            try {
                return text.equals(d.findElement(By.tagName("h1")).getText());
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    private void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }

    private Path waitForDownload(String suffix) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " file was downloaded into " + downloads);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
