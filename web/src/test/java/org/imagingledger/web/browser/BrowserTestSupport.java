package org.imagingledger.web.browser;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) against the whole
 * application on a random port. The users are test users with test passwords.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.users[0].username=ui.auditor", "ledger.users[0].password={noop}test-only",
        "ledger.users[0].roles=AUDITOR",
        "ledger.users[1].username=ui.chair", "ledger.users[1].password={noop}test-only",
        "ledger.users[1].roles=DAC_CHAIR,DAC_MEMBER",
        "ledger.users[2].username=ui.member", "ledger.users[2].password={noop}test-only",
        "ledger.users[2].roles=DAC_MEMBER",
        "ledger.users[3].username=ui.member2", "ledger.users[3].password={noop}test-only",
        "ledger.users[3].roles=DAC_MEMBER",
        "ledger.users[4].username=ui.researcher", "ledger.users[4].password={noop}test-only",
        "ledger.users[4].roles=RESEARCHER",
        "ledger.users[5].username=ui.admin", "ledger.users[5].password={noop}test-only",
        "ledger.users[5].roles=GOVERNANCE_ADMIN",
        "spring.datasource.url=jdbc:h2:mem:ledger-browser;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
abstract class BrowserTestSupport {

    protected static WebDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("ledger-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys("test-only");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
    }
}
