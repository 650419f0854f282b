package org.imagingledger.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.browser.BrowserFixtures.RESEARCHER;

/** A node asks through the API; an auditor finds the decision in the log and sees its replay agree. */
class DecisionBrowserTest extends BrowserTestSupport {

    @Test
    void auditorFiltersTheLogOpensTheDecisionAndItsReplayIsIdentical() throws Exception {
        BrowserFixtures.Holding holding = given().holding("Decision log lung CT");
        String permitId = given().permit(holding.datasetId(), unique("Decision check"));
        String allowed = decide(holding, RESEARCHER, permitId);
        String denied = decide(holding, RESEARCHER, unique("pm-nowhere"));

        logIn("ui.auditor");
        browser.findElement(By.linkText("Decisions")).click();
        WebElement form = browser.findElement(By.id("decision-filters"));
        form.findElement(By.name("node")).sendKeys(holding.nodeId());
        new Select(form.findElement(By.name("result"))).selectByValue("allow");
        submit(form.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.getCurrentUrl()).contains("node=" + holding.nodeId(), "result=allow");
        assertThat(browser.findElements(By.cssSelector("#decisions tbody tr"))).hasSize(1);
        assertThat(findNow(browser, By.id("decision-" + denied))).isEmpty();
        WebElement row = browser.findElement(By.id("decision-" + allowed));
        assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("allow");
        assertThat(browser.findElement(By.id("decision-chart")).getText()).contains("allowed", "denied");

        row.findElement(By.cssSelector("a")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/decisions/" + allowed));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(allowed);
        assertThat(browser.findElement(By.id("replay")).getText()).contains("identical");
        // the recorded documents sit behind their toggle
        browser.findElement(By.cssSelector("#documents-details summary")).click();
        assertThat(browser.findElement(By.id("recorded-result")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("recorded-result")).getText())
                .isEqualTo(browser.findElement(By.id("replayed-result")).getText());
        assertThat(browser.findElement(By.id("input")).getText()).contains(holding.datasetId(), permitId);
        assertThat(missingKeys()).isEmpty();
    }
}
