package org.imagingledger.web.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.application.catalogue.CatalogueService;
import org.imagingledger.application.consent.ConsentService;
import org.imagingledger.application.permit.PermitService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) against the whole
 * application on a random port. The users are test users with test passwords.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.users[0].username=ui.auditor",
            "ledger.users[0].password={noop}test-only",
            "ledger.users[0].roles=AUDITOR",
            "ledger.users[1].username=ui.chair",
            "ledger.users[1].password={noop}test-only",
            "ledger.users[1].roles=DAC_CHAIR,DAC_MEMBER",
            "ledger.users[2].username=ui.member",
            "ledger.users[2].password={noop}test-only",
            "ledger.users[2].roles=DAC_MEMBER",
            "ledger.users[3].username=ui.member2",
            "ledger.users[3].password={noop}test-only",
            "ledger.users[3].roles=DAC_MEMBER",
            "ledger.users[4].username=ui.researcher",
            "ledger.users[4].password={noop}test-only",
            "ledger.users[4].roles=RESEARCHER",
            "ledger.users[5].username=ui.admin",
            "ledger.users[5].password={noop}test-only",
            "ledger.users[5].roles=GOVERNANCE_ADMIN",
            "ledger.users[6].username=ui.operator",
            "ledger.users[6].password={noop}test-only",
            "ledger.users[6].roles=NODE",
            "ledger.users[6].node-id=" + BrowserFixtures.OPERATED_NODE,
            "ledger.users[6].display-name=Olga Operator",
            "spring.datasource.url=jdbc:h2:mem:ledger-browser;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
abstract class BrowserTestSupport {

    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);

    protected static WebDriver browser;

    /** Where the browser saves downloads (an auditor's export package, a document). */
    protected static Path downloads;

    @LocalServerPort
    protected int port;

    @Autowired
    private CatalogueService catalogueService;

    @Autowired
    private AccessService accessService;

    @Autowired
    private ConsentService consentService;

    @Autowired
    private PermitService permitService;

    @Autowired
    private org.imagingledger.projections.catalogue.CatalogueQueries catalogueQueries;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = newBrowser();
    }

    /** A headless Chromium with its own profile folder, driven through chromedriver. */
    static WebDriver newBrowser() throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        downloads = Files.createTempDirectory("ledger-downloads");
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false,
                        "safebrowsing.enabled", false));
        // the browser's console (Content-Security-Policy violations are reported there)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("ledger-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.executeCdpCommand(
                "Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
        chrome.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return chrome;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The file the browser finished downloading whose name ends so, once it is there. */
    protected static Path downloaded(String suffix) {
        return waiting().until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    BrowserFixtures given() {
        return new BrowserFixtures(catalogueService, accessService, consentService, permitService, catalogueQueries);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys("test-only");
        submit(browser.findElement(By.cssSelector("form.card button[type=submit]")));
    }

    /**
     * The node asks the ledger for a decision through the real API, with its bearer token, for
     * federated training under the permit (an HMB purpose): returns the decision id.
     */
    protected String decide(BrowserFixtures.Holding holding, String principal, String permitId) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = json.createObjectNode()
                .put("principal", principal)
                .put("operation", "FEDERATED_TRAINING")
                .put("datasetId", holding.datasetId())
                .put("permitId", permitId);
        body.putObject("purpose")
                .put("commercial", false)
                .put("forProfit", false)
                .put("methodsDevelopment", false)
                .putNull("disease")
                .putArray("codes")
                .add("DUO:0000006");
        body.putArray("subjects");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/decisions")))
                                .header("Authorization", "Bearer " + holding.token())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "the decision API answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).get("decisionId").asText();
    }

    /** Ids unique to one test: the H2 database is shared by every browser test class. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Clicks a submit button and waits until the browser has left the page: every form posts
     * and redirects, and without the wait the next lookup could find the old page's elements.
     */
    protected static void submit(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        // ChromeDriver reports a replaced page either as a stale element or as a node that
        // "does not belong to the document"; both mean the old page is gone
        waiting().until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    protected static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /**
     * For a background job the page follows (an impact analysis compiles its candidate and replays
     * hundreds of decisions): on a loaded 2-core machine that can take far longer than a page.
     */
    protected static WebDriverWait waitingForJob() {
        return new WebDriverWait(browser, Duration.ofSeconds(180));
    }

    /** Date inputs are typed in the browser's locale format; setting the ISO value does not depend on it. */
    protected static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    /**
     * Elements looked up without the implicit wait: for checks that something is absent, which
     * would otherwise wait the full implicit timeout every time.
     */
    protected static List<WebElement> findNow(SearchContext in, By by) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return in.findElements(by);
        } finally {
            browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /** The event types of the timeline on the page, in order (each row names its type for machines). */
    protected static List<String> timelineTypes() {
        return browser.findElements(By.cssSelector("table.timeline tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-type"))
                .toList();
    }

    /** The sentences of the timeline on the page, in order. */
    protected static List<String> timelineSentences() {
        return browser.findElements(By.cssSelector("table.timeline tbody tr .sentence")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /**
     * The Content-Security-Policy violations the browser reported since the last call (its console
     * log is read, and so emptied): an inline script, style or handler shows here.
     */
    protected static List<String> cspViolations() {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * A PNG of the page as it is now, for the README: into the folder named by the system
     * property {@code ledger.screenshots}, else under target/screenshots (the README shows copies
     * of them from docs/screenshots). The window has a fixed size, so the pictures stay small.
     */
    protected static void screenshot(String name) {
        try {
            String dir = System.getProperty("ledger.screenshots", "target/screenshots");
            Path folder = Path.of(dir);
            Files.createDirectories(folder);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Message keys missing from a bundle render as ??key_locale??. */
    protected static String missingKeys() {
        String html = browser.getPageSource();
        int at = html.indexOf("??");
        return at < 0 ? "" : html.substring(Math.max(0, at - 80), Math.min(html.length(), at + 80));
    }
}
