package org.imagingledger.web.browser;

import java.time.LocalDate;
import java.util.List;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.web.support.People;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.browser.BrowserFixtures.CHAIR;
import static org.imagingledger.web.browser.BrowserFixtures.MEMBER;
import static org.imagingledger.web.browser.BrowserFixtures.MEMBER2;
import static org.imagingledger.web.browser.BrowserFixtures.RESEARCHER;

/** A request's way through the DAC, every step typed into the pages by the person who takes it. */
class DacReviewBrowserTest extends BrowserTestSupport {

    @Autowired
    AccessService access;

    @Test
    void researcherAsksMembersVoteChairApprovesAndThePermitIsInTheRegister() {
        BrowserFixtures.Holding holding = given().holding("DAC browser prostate MR");
        String title = unique("Browser-reviewed segmentation benchmark");

        logIn(RESEARCHER);
        browser.get(url("/requests/new"));
        WebElement form = browser.findElement(By.id("create-form"));
        form.findElement(By.id("title")).sendKeys(title);
        form.findElement(By.cssSelector("input[name=datasets][value='" + holding.datasetId() + "']"))
                .click();
        form.findElement(By.id("purpose-HMB")).click();
        form.findElement(By.id("summary")).sendKeys("Benchmark prostate segmentation models across nodes.");
        form.findElement(By.cssSelector("input[name=operations][value=FEDERATED_BENCHMARKING]"))
                .click();
        setValue(form.findElement(By.id("periodFrom")), LocalDate.now().toString());
        setValue(
                form.findElement(By.id("periodUntil")),
                LocalDate.now().plusMonths(6).toString());
        submit(form.findElement(By.cssSelector("button[name=action][value=submit]")));
        assertThat(browser.getCurrentUrl()).contains("/requests/req-");
        assertThat(status()).isEqualTo("Submitted");
        String requestUrl = browser.getCurrentUrl();

        logIn(CHAIR);
        browser.get(requestUrl);
        WebElement reviewers = browser.findElement(By.id("reviewers-form"));
        reviewers
                .findElement(By.cssSelector("input[name=reviewers][value='" + MEMBER + "']"))
                .click();
        reviewers
                .findElement(By.cssSelector("input[name=reviewers][value='" + MEMBER2 + "']"))
                .click();
        submit(reviewers.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Recorded.");
        assertThat(status()).isEqualTo("Under review");

        for (String member : new String[] {MEMBER, MEMBER2}) {
            logIn(member);
            browser.get(requestUrl);
            WebElement vote = browser.findElement(By.id("vote-form"));
            new Select(vote.findElement(By.name("vote"))).selectByValue("APPROVE");
            vote.findElement(By.name("comment")).sendKeys("Sound plan; " + member + " approves.");
            submit(vote.findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText())
                    .isEqualTo("Recorded.");
            assertThat(findNow(browser, By.id("vote-form"))).isEmpty();
        }

        logIn(CHAIR);
        browser.get(requestUrl);
        WebElement decision = browser.findElement(By.id("decision-form"));
        new Select(decision.findElement(By.name("outcome"))).selectByValue("APPROVE");
        decision.findElement(By.name("conditions")).sendKeys("Publish results openly");
        setValue(decision.findElement(By.name("validFrom")), LocalDate.now().toString());
        setValue(
                decision.findElement(By.name("validUntil")),
                LocalDate.now().plusYears(1).toString());
        submit(decision.findElement(By.cssSelector("button[type=submit]")));

        assertThat(status()).isEqualTo("Approved");
        assertThat(timelineTypes())
                .containsExactly(
                        "AccessRequestDraftSaved",
                        "AccessRequestSubmitted",
                        "PurposeCheckRecorded",
                        "ReviewersAssigned",
                        "ReviewVoteCast",
                        "ReviewVoteCast",
                        "AccessRequestApproved");
        String permitId = browser.findElement(By.id("permit")).getText();
        assertThat(permitId).startsWith("permit-");

        browser.get(url("/permits"));
        WebElement row = browser.findElement(By.id("permit-" + permitId));
        assertThat(row.getText()).contains(RESEARCHER, holding.datasetId(), "active");
    }

    @Test
    void chairCannotApproveBeforeTheQuorumHasVoted() {
        BrowserFixtures.Holding holding = given().holding("DAC browser quorum MR");
        String id = given().submitted(holding.datasetId(), unique("Quorum check"));
        access.assignReviewers(id, List.of(MEMBER, MEMBER2), People.as(CHAIR));
        access.vote(id, "APPROVE", "fine", People.as(MEMBER));

        logIn(CHAIR);
        browser.get(url("/requests/" + id));
        int events = timelineTypes().size();
        WebElement decision = browser.findElement(By.id("decision-form"));
        new Select(decision.findElement(By.name("outcome"))).selectByValue("APPROVE");
        setValue(decision.findElement(By.name("validFrom")), LocalDate.now().toString());
        setValue(
                decision.findElement(By.name("validUntil")),
                LocalDate.now().plusYears(1).toString());
        submit(decision.findElement(By.cssSelector("button[type=submit]")));

        WebElement refusal =
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.error")));
        assertThat(refusal.getText()).contains("Refused", "has 1 of the 2 votes its decision needs");
        assertThat(status()).isEqualTo("Under review");
        assertThat(timelineTypes()).hasSize(events).doesNotContain("AccessRequestApproved");
        assertThat(findNow(browser, By.id("permit"))).isEmpty();
    }

    private static String status() {
        return browser.findElement(By.id("status")).getText();
    }
}
