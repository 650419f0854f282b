package org.imagingledger.web.browser;

import java.time.Duration;
import org.imagingledger.web.support.Keycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on as a DAC member meets it: the ledger sends the browser to Keycloak's own login
 * page, the member signs in there and lands on the DAC queue, named as Keycloak names them;
 * logging out ends the ledger's session and Keycloak's, so the next visit asks for the password
 * again. No password login exists in this configuration.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.password-login=false",
            "spring.datasource.url=jdbc:h2:mem:ledger-oidc-browser;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
class OidcBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        Keycloak.shared().ledgerProperties("node-oidc-ui").forEach((k, v) -> registry.add(k, () -> v));
    }

    @BeforeAll
    static void start() throws Exception {
        browser = BrowserTestSupport.newBrowser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String ledger(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.withMessage(() -> "at " + browser.getCurrentUrl() + ": "
                + browser.findElement(By.tagName("body")).getText());
        return wait;
    }

    @Test
    void aDacMemberSignsInAtKeycloakLandsOnTheQueueAndLogsOutOfBoth() {
        String keycloak = Keycloak.shared().baseUrl();

        browser.get(ledger("/requests"));
        waiting().until(d -> d.getCurrentUrl().startsWith(keycloak));
        assertThat(browser.getCurrentUrl()).contains("/realms/ledger/protocol/openid-connect/auth");
        browser.findElement(By.id("username")).sendKeys("kc.member");
        browser.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
        browser.findElement(By.id("kc-login")).click();

        waiting().until(d -> d.getCurrentUrl().startsWith(ledger("/requests")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("DAC queue");
        assertThat(browser.findElement(By.cssSelector("header .user")).getText())
                .contains("Marco Member");

        browser.findElement(By.cssSelector("header .user form button")).click();
        waiting().until(d -> d.getCurrentUrl().startsWith(ledger("/login?logout")));
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).isDisplayed())
                .isTrue();

        // Keycloak's session ended too: the next visit asks for the password again
        browser.get(ledger("/requests"));
        waiting().until(d -> d.getCurrentUrl().startsWith(keycloak));
        assertThat(browser.findElements(By.id("password"))).hasSize(1);
    }
}
