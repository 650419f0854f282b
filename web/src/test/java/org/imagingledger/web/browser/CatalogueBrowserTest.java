package org.imagingledger.web.browser;

import java.util.List;
import org.imagingledger.application.catalogue.CatalogueService;
import org.imagingledger.domain.catalogue.api.DataUseConditions;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.imagingledger.web.support.People;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueBrowserTest extends BrowserTestSupport {

    @Autowired
    CatalogueService catalogue;

    @Test
    void auditorLogsInSeesTheCatalogueAndADatasetTrailInItalian() {
        catalogue.registerNode("node-ui", "UI hospital", "IT", People.as("test"));
        catalogue.registerDataset(
                "ds-ui",
                "node-ui",
                new DatasetMetadata("UI prostate MR", "MONDO:0008315", List.of("MR"), 12, 12),
                new DataUseConditions(List.of("HMB", "NCU"), null),
                false,
                People.as("test"));

        logIn("ui.auditor");
        browser.get(url("/catalogue"));
        String table = browser.findElement(By.id("datasets")).getText();
        assertThat(table)
                .contains(
                        "UI prostate MR",
                        "prostate cancer",
                        "health or medical or biomedical research (HMB), non-commercial use only (NCU)");

        browser.get(url("/trail/ds-ui?lang=it"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Traccia degli eventi");
        assertThat(browser.findElement(By.cssSelector("table.timeline")).getText())
                .contains("ha registrato il dataset “UI prostate MR”", "node-ui");
    }

    @Test
    void wrongPasswordIsRefused() {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=en"));
        browser.findElement(By.name("username")).sendKeys("ui.auditor");
        browser.findElement(By.name("password")).sendKeys("wrong");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector(".flash.error")).getText())
                .contains("Wrong user name or password");
    }
}
