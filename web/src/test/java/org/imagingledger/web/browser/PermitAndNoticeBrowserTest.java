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

/** The chair's change form in the permit register, and a withdrawal notice acknowledged by the permit holder. */
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
        WebElement suspend = row.findElement(By.cssSelector("form[action$='/suspend']"));
        assertThat(suspend.isDisplayed()).as("the change forms start folded").isFalse();
        row.findElement(By.cssSelector("details.actions summary")).click();
        suspend.findElement(By.name("reason")).sendKeys("consent withdrawn; data under review");
        submit(suspend.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Recorded.");
        row = browser.findElement(By.id("permit-" + permitId));
        assertThat(badge(row)).isEqualTo("suspended");
        assertThat(row.getText()).contains("consent withdrawn; data under review");

        browser.get(url("/notices"));
        WebElement notice = noticeRow(permitId);
        assertThat(notice.getText()).contains("pending", "to be acknowledged by " + RESEARCHER);
        assertThat(findNow(notice, By.cssSelector("form[action$='/acknowledge']")))
                .as("the chair is not the addressee")
                .isEmpty();

        logIn(RESEARCHER);
        browser.get(url("/notices"));
        submit(noticeRow(permitId).findElement(By.cssSelector("form[action$='/acknowledge'] button")));

        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Recorded.");
        notice = noticeRow(permitId);
        assertThat(notice.findElement(By.cssSelector(".badge")).getText()).isEqualTo("acknowledged");
        assertThat(notice.getText()).contains("by " + RESEARCHER).doesNotContain("pending");
        assertThat(findNow(notice, By.tagName("form"))).isEmpty();
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
