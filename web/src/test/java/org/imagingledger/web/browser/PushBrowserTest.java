package org.imagingledger.web.browser;

import org.imagingledger.application.permit.PermitService;
import org.imagingledger.web.support.People;
import org.imagingledger.web.webhook.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.browser.BrowserFixtures.CHAIR;
import static org.imagingledger.web.browser.BrowserFixtures.RESEARCHER;

/**
 * The push pages in a real browser: a governance admin registers a node's webhook endpoint (the
 * secret shown once), sends a test event to a real receiver, sees the delivery with its attempt,
 * redelivers it and deletes the endpoint after confirming; a person turns a kind of e-mail off;
 * the permit page shows its visas to its holder, and none once the permit is suspended.
 */
class PushBrowserTest extends BrowserTestSupport {

    private static final String ADMIN = "ui.admin";

    @Autowired
    private PermitService permits;

    @Test
    void anAdminManagesANodesEndpointAndSeesItsDeliveries() throws Exception {
        BrowserFixtures.Holding holding = given().holding("Webhook browser lung CT");
        try (WebhookReceiver receiver = WebhookReceiver.accepting()) {
            logIn(ADMIN);
            browser.get(url("/webhooks"));
            WebElement form = browser.findElement(By.id("register"));
            form.findElement(By.cssSelector("#nodeId option[value='" + holding.nodeId() + "']"))
                    .click();
            form.findElement(By.name("url")).sendKeys(receiver.url("/ui"));
            form.findElement(By.id("type-permit.suspended")).click();
            form.findElement(By.id("type-withdrawal_notice.issued")).click();
            submit(form.findElement(By.cssSelector("button[type=submit]")));

            assertThat(browser.findElement(By.id("secret")).getText()).contains("whsec_");
            assertThat(browser.findElement(By.id("endpoint-url")).getText()).isEqualTo(receiver.url("/ui"));
            assertThat(missingKeys()).isEmpty();
            String page = browser.getCurrentUrl();

            submit(browser.findElement(By.id("send-test")));
            assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText())
                    .isEqualTo("Recorded.");
            assertThat(findNow(browser, By.id("secret")))
                    .as("the secret is shown once")
                    .isEmpty();
            waiting().until(d -> {
                d.navigate().refresh();
                return d.findElement(By.id("deliveries")).getText().contains("delivered");
            });
            WebElement row = browser.findElement(By.cssSelector("#deliveries tbody tr"));
            assertThat(row.getText()).contains("Test event", "delivered", "200");

            submit(row.findElement(By.cssSelector("button.redeliver")));
            waiting().until(d -> {
                d.navigate().refresh();
                return d.findElements(By.cssSelector("#deliveries tbody tr table.attempts tr"))
                                .size()
                        == 2;
            });
            assertThat(receiver.received()).hasSize(2);
            assertThat(receiver.received().get(1).id())
                    .isEqualTo(receiver.received().get(0).id());

            // deleting needs the confirmation ticked
            browser.get(page);
            browser.findElement(By.xpath("//details[.//button[@id='delete']]/summary"))
                    .click();
            browser.findElement(By.id("confirm-delete")).click();
            submit(browser.findElement(By.id("delete")));
            assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText())
                    .isEqualTo("The endpoint is deleted.");
            assertThat(browser.getPageSource()).doesNotContain(receiver.url("/ui"));
        }
    }

    @Test
    void aPersonTurnsAKindOfMailOffAndTheHolderSeesThePermitsVisas() {
        logIn(RESEARCHER);
        browser.findElement(By.id("nav-settings")).click();
        WebElement decision = browser.findElement(By.id("kind-decision"));
        if (!decision.isSelected()) {
            decision.click();
            submit(browser.findElement(By.cssSelector("#settings button[type=submit]")));
        }
        browser.findElement(By.id("kind-decision")).click();
        submit(browser.findElement(By.cssSelector("#settings button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Your settings are saved.");
        assertThat(browser.findElement(By.id("kind-decision")).isSelected()).isFalse();
        assertThat(browser.findElement(By.id("kind-permit_ending")).isSelected())
                .isTrue();
        assertThat(missingKeys()).isEmpty();

        BrowserFixtures.Holding holding = given().holding("Visa browser prostate MR");
        String permitId = given().permit(holding.datasetId(), unique("Visa check"));
        browser.get(url("/permits/" + permitId));
        WebElement visas = browser.findElement(By.id("visa-table"));
        assertThat(visas.getText()).contains(RESEARCHER, holding.datasetId(), "dac", "ES256");
        assertThat(visas.getText()).doesNotContain("eyJ"); // decoded claims, never the raw token
        assertThat(missingKeys()).isEmpty();

        logIn(CHAIR); // a DAC member who is not on the permit sees no visas
        browser.get(url("/permits/" + permitId));
        assertThat(findNow(browser, By.id("visas"))).isEmpty();

        permits.suspend(permitId, "incident under review", People.as(CHAIR));
        logIn(RESEARCHER);
        browser.get(url("/permits/" + permitId));
        assertThat(browser.findElement(By.id("no-visas")).getText()).contains("no visas");
        assertThat(findNow(browser, By.id("visa-table"))).isEmpty();
    }
}
