package org.imagingledger.web.browser;

import java.util.List;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.projections.consent.WithdrawalNoticeView;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.browser.BrowserFixtures.CHAIR;
import static org.imagingledger.web.browser.BrowserFixtures.RESEARCHER;

/** The chair's actions on the permit's page, and a withdrawal notice acknowledged by the permit holder after confirming. */
class PermitAndNoticeBrowserTest extends BrowserTestSupport {

    @Test
    void chairSuspendsAPermitAndTheHolderAcknowledgesTheWithdrawalNotice() {
        BrowserFixtures.Holding holding = given().holding("Permit browser breast MG");
        String permitId = given().permit(holding.datasetId(), unique("Permit and notice check"));
        List<WithdrawalNoticeView> notices = given().withdrawal(holding);
        assertThat(notices)
                .anyMatch(n -> n.getRecipientKind() == RecipientKind.PERMIT
                        && n.getRecipientId().equals(permitId)
                        && n.getAddressee().equals(RESEARCHER));

        logIn(CHAIR);
        browser.get(url("/permits"));
        WebElement row = browser.findElement(By.id("permit-" + permitId));
        assertThat(badge(row)).isEqualTo("active");
        // the permit's own page carries its actions
        row.findElement(By.cssSelector("a.id")).click();
        WebElement suspend = browser.findElement(By.id("suspend-form"));
        suspend.findElement(By.name("reason")).sendKeys("consent withdrawn; data under review");
        submit(suspend.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Recorded.");
        assertThat(browser.findElement(By.id("permit-state")).getText()).isEqualTo("suspended");
        assertThat(browser.findElement(By.cssSelector("dl.permit")).getText())
                .contains("consent withdrawn; data under review");
        // reinstating asks why (the form requires a reason; the server refuses a blank one too)
        assertThat(browser.findElement(By.cssSelector("#reinstate-form input[name=reason]"))
                        .getDomAttribute("required"))
                .isNotNull();

        browser.get(url("/notices"));
        WebElement notice = noticeRow(permitId);
        assertThat(notice.getText()).contains("pending", "to be acknowledged by " + RESEARCHER);
        assertThat(findNow(notice, By.cssSelector("a[href$='/acknowledge']")))
                .as("the chair is not the addressee")
                .isEmpty();

        logIn(RESEARCHER);
        browser.get(url("/notices"));
        noticeRow(permitId)
                .findElement(By.cssSelector("a[href$='/acknowledge']"))
                .click();
        // the page says what acknowledging means and asks to confirm
        assertThat(browser.findElement(By.id("acknowledge-consequences")).getText())
                .contains("cannot be undone");
        WebElement form = browser.findElement(By.id("acknowledge-form"));
        form.findElement(By.name("confirm")).click();
        submit(form.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Recorded.");
        notice = noticeRow(permitId);
        assertThat(notice.findElement(By.cssSelector(".badge")).getText()).isEqualTo("acknowledged");
        assertThat(notice.getText()).contains("by " + RESEARCHER).doesNotContain("pending");
        assertThat(findNow(notice, By.cssSelector("a[href$='/acknowledge']"))).isEmpty();
    }

    private static String badge(WebElement permitRow) {
        return permitRow
                .findElement(By.cssSelector("td span.badge:not(.expiring)"))
                .getText();
    }

    /** The table row of the notice sent to a permit (rows name their recipient, not the notice id). */
    private static WebElement noticeRow(String permitId) {
        return browser.findElement(
                By.xpath("//table[@id='notices']//tr[.//code[normalize-space()='" + permitId + "']]"));
    }
}
