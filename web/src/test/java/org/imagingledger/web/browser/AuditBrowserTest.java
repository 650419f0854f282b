package org.imagingledger.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditor's page: a checkpoint on demand, the verification, and a refused export filter. */
class AuditBrowserTest extends BrowserTestSupport {

    @Test
    void auditorRecordsACheckpointVerifiesTheLogAndSeesARefusedFilter() {
        given().holding("Audit browser CT");
        logIn("ui.auditor");
        browser.get(url("/"));
        browser.findElement(By.linkText("Audit")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Audit trail");
        assertThat(browser.findElement(By.id("public-key")).getText()).startsWith("-----BEGIN PUBLIC KEY-----");

        submit(browser.findElement(By.id("record-checkpoint")));
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Recorded.");
        assertThat(browser.findElements(By.cssSelector("#checkpoints tbody tr")))
                .isNotEmpty();

        submit(browser.findElement(By.id("verify")));
        assertThat(browser.findElement(By.id("verification-ok")).getText()).startsWith("Intact:");

        WebElement form = browser.findElement(By.id("export-form"));
        setValue(form.findElement(By.name("eventType")), "NoSuchEvent");
        submit(form.findElement(By.id("export-button")));
        // the refusal beside its field, the typed filter kept
        assertThat(browser.findElement(By.id("export-form-eventType-error")).getText())
                .isEqualTo("no stored event has the type NoSuchEvent");
        assertThat(browser.findElement(By.id("export-form-eventType")).getAttribute("value"))
                .isEqualTo("NoSuchEvent");
    }
}
