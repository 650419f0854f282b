package org.imagingledger.web.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.application.decision.ImpactAnalyses;
import org.imagingledger.application.policy.PolicyBundles;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.RequestFilter;
import org.imagingledger.projections.consent.WithdrawalNoticeView;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.imagingledger.projections.policy.PolicyBundleView;
import org.imagingledger.projections.policy.PolicyQueries;
import org.imagingledger.web.support.Bundles;
import org.imagingledger.web.support.People;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.browser.BrowserFixtures.ADMIN;
import static org.imagingledger.web.browser.BrowserFixtures.AUDITOR;
import static org.imagingledger.web.browser.BrowserFixtures.CHAIR;
import static org.imagingledger.web.browser.BrowserFixtures.MEMBER;
import static org.imagingledger.web.browser.BrowserFixtures.MEMBER2;
import static org.imagingledger.web.browser.BrowserFixtures.OPERATOR;
import static org.imagingledger.web.browser.BrowserFixtures.RESEARCHER;

/**
 * The pages as committees, nodes and auditors use them every day, typed into a real Chromium by
 * the person who acts: a refused form that keeps its values and says, in Italian, what is wrong
 * beside each field; blinded votes; a node operator answering for their node and acknowledging a
 * notice; an activation refused without a recent impact analysis; a validity chosen as days that
 * covers its last day. Each step also takes the README's screenshots of the main pages.
 */
class EverydayBrowserTest extends BrowserTestSupport {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    AccessService access;

    @Autowired
    AccessQueries requests;

    @Autowired
    PermitQueries permits;

    @Autowired
    PolicyBundles bundles;

    @Autowired
    PolicyQueries policies;

    @Autowired
    ImpactAnalyses analyses;

    @Test
    void aRefusedRequestKeepsEveryValueAndSaysBesideTheFieldInItalianWhatIsWrong() {
        BrowserFixtures.Holding holding = given().holding("Everyday browser prostate MR");
        String title = unique("Segmentazione federata");
        long before = requests.requestsOf(
                        RESEARCHER, RequestFilter.none(), java.time.Instant.now(), PageRequest.of(0, 1))
                .getTotalElements();

        logIn(RESEARCHER);
        browser.get(url("/catalogue?lang=it&title=" + holding.datasetId()));
        // the catalogue starts a request with the ticked datasets
        browser.findElement(By.id("pick-" + holding.datasetId())).click();
        submit(browser.findElement(By.id("request-access-button")));
        WebElement form = browser.findElement(By.id("create-form"));
        assertThat(form.findElement(By.id("dataset-" + holding.datasetId())).isSelected())
                .isTrue();
        screenshot("new-request");
        form.findElement(By.id("title")).sendKeys(title);
        form.findElement(By.id("purpose-HMB")).click();
        form.findElement(By.id("summary")).sendKeys("Segmentare la prostata senza spostare le immagini.");
        form.findElement(By.cssSelector("input[name=operations][value=FEDERATED_TRAINING]"))
                .click();
        setValue(form.findElement(By.id("periodFrom")), "2027-06-01");
        setValue(form.findElement(By.id("periodUntil")), "2027-05-01");
        submit(form.findElement(By.cssSelector("button[name=action][value=submit]")));

        // refused: nothing recorded, not even a draft
        assertThat(browser.getCurrentUrl()).endsWith("/requests/new");
        assertThat(requests.requestsOf(RESEARCHER, RequestFilter.none(), java.time.Instant.now(), PageRequest.of(0, 1))
                        .getTotalElements())
                .isEqualTo(before);
        form = browser.findElement(By.id("create-form"));
        // every value kept
        assertThat(form.findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
        assertThat(form.findElement(By.id("dataset-" + holding.datasetId())).isSelected())
                .isTrue();
        assertThat(form.findElement(By.id("purpose-HMB")).isSelected()).isTrue();
        assertThat(form.findElement(By.id("summary")).getDomProperty("value")).startsWith("Segmentare");
        assertThat(form.findElement(By.id("periodUntil")).getDomProperty("value"))
                .isEqualTo("2027-05-01");
        // the error beside the field, in Italian, naming the other field by its label
        WebElement lastDay = form.findElement(By.id("periodUntil")).findElement(By.xpath(".."));
        assertThat(lastDay.getDomAttribute("class")).contains("invalid");
        assertThat(lastDay.findElement(By.cssSelector(".field-error")).getText())
                .isEqualTo("deve essere successivo a Richiesto dal");
        assertThat(browser.findElement(By.cssSelector(".flash.error")).getText())
                .contains("Rifiutato", "Ultimo giorno del periodo richiesto")
                .doesNotContain("periodUntil");
        screenshot("refused-form-it");

        setValue(form.findElement(By.id("periodUntil")), "2027-12-31");
        submit(form.findElement(By.cssSelector("button[name=action][value=submit]")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Inviata");
        assertThat(browser.findElement(By.id("period")).getText())
                .contains("2027-06-01 – 2027-12-31", "Europe/Brussels");
        browser.get(url("/catalogue?lang=en"));
    }

    @Test
    void aReviewerSeesTheOtherVotesOnlyAfterCastingTheirOwn() {
        BrowserFixtures.Holding holding = given().holding("Blinded vote MR");
        String id = given().submitted(holding.datasetId(), unique("Blinded vote"));
        access.assignReviewers(id, List.of(MEMBER, MEMBER2), People.as(CHAIR));
        access.vote(id, "REJECT", "FIRST-REVIEWER-REASON the cohort is too small", People.as(MEMBER));

        logIn(MEMBER2);
        browser.get(url("/requests/" + id));
        WebElement mine = browser.findElement(By.id("reviewer-" + MEMBER2));
        WebElement first = browser.findElement(By.id("reviewer-" + MEMBER));
        assertThat(first.findElement(By.cssSelector(".vote")).getText()).isEqualTo("hidden until you have voted");
        assertThat(browser.getPageSource()).doesNotContain("FIRST-REVIEWER-REASON");
        assertThat(browser.findElement(By.id("votes-hidden")).getText()).contains("once you have cast your own");
        assertThat(timelineTypes()).doesNotContain("ReviewVoteCast");
        WebElement vote = browser.findElement(By.id("vote-form"));
        Select choice = new Select(vote.findElement(By.name("vote")));
        assertThat(choice.getFirstSelectedOption().getDomAttribute("value"))
                .as("no default vote")
                .isEmpty();
        assertThat(vote.findElement(By.name("vote")).getDomAttribute("required"))
                .isNotNull();
        assertThat(mine.getText()).contains("not yet voted");
        screenshot("blinded-vote");
        choice.selectByValue("APPROVE");
        vote.findElement(By.name("comment")).sendKeys("Fine within the conditions.");
        submit(vote.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Recorded.");
        assertThat(browser.findElement(By.id("reviewer-" + MEMBER)).getText())
                .contains("Reject", "FIRST-REVIEWER-REASON");
        assertThat(timelineTypes()).contains("ReviewVoteCast");

        logIn(CHAIR);
        browser.get(url("/requests/" + id));
        assertThat(browser.findElement(By.id("panel")).getText())
                .contains("Reject", "Approve", "FIRST-REVIEWER-REASON");
    }

    @Test
    void aNodeOperatorAnswersForTheirNodeAndAcknowledgesANotice() {
        BrowserFixtures.Holding holding = given().operatedHolding("Operated node prostate MR");
        String id = given().submitted(holding.datasetId(), unique("Needs the node"));
        List<WithdrawalNoticeView> notices = given().withdrawal(holding);
        WithdrawalNoticeView toNode = notices.stream()
                .filter(n -> n.getRecipientKind() == RecipientKind.NODE)
                .findFirst()
                .orElseThrow();

        logIn(OPERATOR);
        browser.get(url("/inbox"));
        assertThat(browser.findElement(By.id("acting-for")).getText()).contains(BrowserFixtures.OPERATED_NODE);
        WebElement tasks = browser.findElement(By.id("inbox-node-decisions"));
        assertThat(tasks.getText()).contains(holding.datasetId());
        assertThat(browser.findElement(By.id("inbox-notices")).getText()).contains(BrowserFixtures.OPERATED_NODE);
        screenshot("operator-inbox");
        tasks.findElement(By.xpath(".//a[contains(@href, '" + id + "')]")).click();

        WebElement answer = browser.findElement(By.id("node-decision-" + holding.datasetId()));
        answer.findElement(By.cssSelector("input[name=agreed][value=true]")).click();
        answer.findElement(By.name("comment")).sendKeys("Our ethics board agrees.");
        submit(answer.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Recorded.");
        assertThat(browser.findElement(By.id("node-decisions")).getText())
                .contains("agreed", "Our ethics board agrees.");
        assertThat(findNow(browser, By.id("node-tasks"))).isEmpty();
        // recorded with the person and the node
        assertThat(timelineSentences())
                .anyMatch(s -> s.contains("Olga Operator")
                        && s.contains(BrowserFixtures.OPERATED_NODE)
                        && s.contains("agreed"));

        browser.get(url("/notices"));
        browser.findElement(By.id("acknowledge-" + toNode.getNoticeId())).click();
        assertThat(browser.findElement(By.id("acknowledge-consequences")).getText())
                .contains("your node");
        WebElement confirm = browser.findElement(By.id("acknowledge-form"));
        confirm.findElement(By.name("confirm")).click();
        submit(confirm.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Recorded.");
        assertThat(browser.findElement(By.id("notices")).getText()).contains("Olga Operator");
        assertThat(findNow(browser, By.id("acknowledge-" + toNode.getNoticeId())))
                .isEmpty();
    }

    @Test
    void activationIsRefusedWithoutARecentImpactAnalysisAndAllowedAfterOne() throws Exception {
        String builtin = policies.active().map(PolicyBundleView::getRevision).orElseThrow();
        String revision = unique("browser-rev");
        bundles.publish(Bundles.withRevision(revision), "a candidate for the browser test", People.as(ADMIN));

        logIn(ADMIN);
        browser.get(url("/policies"));
        browser.findElement(By.id("activate-" + revision)).click();
        assertThat(browser.findElement(By.id("needs-analysis")).getText()).contains("24 hours");
        WebElement activate = browser.findElement(By.id("activate-form"));
        activate.findElement(By.name("confirm")).click();
        submit(activate.findElement(By.cssSelector("button[type=submit]")));
        // refused: still the same active revision, and the page says why
        assertThat(browser.findElement(By.cssSelector(".flash.error")).getText())
                .contains("impact analysis");
        assertThat(policies.active().orElseThrow().getRevision()).isEqualTo(builtin);

        // analysed in the background: the page follows the progress, then shows the summary
        submit(browser.findElement(By.cssSelector("#analyse-first button[type=submit]")));
        waitingForJob().until(ExpectedConditions.presenceOfElementLocated(By.id("impact-summary")));
        assertThat(browser.findElement(By.id("by-change")).getText()).contains("allow → deny", "deny → allow");
        browser.findElement(By.id("activate-link")).click();
        assertThat(findNow(browser, By.id("needs-analysis"))).isEmpty();
        assertThat(browser.findElement(By.id("impact-summary")).isDisplayed()).isTrue();
        screenshot("activation");
        try {
            activate = browser.findElement(By.id("activate-form"));
            activate.findElement(By.name("confirm")).click();
            submit(activate.findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText())
                    .isEqualTo("Recorded.");
            assertThat(policies.active().orElseThrow().getRevision()).isEqualTo(revision);
        } finally {
            analyses.runNow(builtin, 1, People.as(ADMIN));
            bundles.activate(builtin, People.as(ADMIN));
        }
    }

    @Test
    void aValidityChosenAsDaysCoversTheWholeLastDay() {
        BrowserFixtures.Holding holding = given().holding("Validity days MR");
        String id = given().submitted(holding.datasetId(), unique("Validity as days"));
        access.assignReviewers(id, List.of(MEMBER, MEMBER2), People.as(CHAIR));
        access.vote(id, "APPROVE", "sound", People.as(MEMBER));
        access.vote(id, "APPROVE", "sound", People.as(MEMBER2));
        LocalDate first = LocalDate.now(BRUSSELS);
        LocalDate last = first.plusMonths(7).withDayOfMonth(1).minusDays(1);

        logIn(CHAIR);
        browser.get(url("/requests/" + id));
        WebElement decision = browser.findElement(By.id("decision-form"));
        assertThat(new Select(decision.findElement(By.name("outcome")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .as("no default outcome")
                .isEmpty();
        new Select(decision.findElement(By.name("outcome"))).selectByValue("APPROVE");
        decision.findElement(By.name("reason")).sendKeys("Sound plan, quorum approves.");
        assertThat(decision.findElement(By.name("validFrom")).getDomProperty("value"))
                .isEqualTo(first.toString());
        setValue(decision.findElement(By.name("validUntil")), last.toString());
        screenshot("request-decision");
        submit(decision.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Approved");
        assertThat(browser.findElement(By.id("outcome-reason")).getText()).isEqualTo("Sound plan, quorum approves.");
        assertThat(browser.findElement(By.id("permit-validity")).getText())
                .contains(first + " – " + last, "Europe/Brussels");
        String permitId = browser.findElement(By.id("permit")).getText();
        PermitView permit = permits.permit(permitId).orElseThrow();
        // the whole last day is covered: up to the first instant of the next day in Brussels
        assertThat(permit.getValidFrom()).isEqualTo(first.atStartOfDay(BRUSSELS).toInstant());
        assertThat(permit.getValidUntil())
                .isEqualTo(last.plusDays(1).atStartOfDay(BRUSSELS).toInstant());
        assertThat(timelineSentences()).anyMatch(s -> s.contains("approved the request: Sound plan, quorum approves."));

        browser.findElement(By.id("permit")).click();
        assertThat(browser.findElement(By.id("permit-validity")).getText()).contains(last.toString());
        screenshot("permit");
    }

    @Test
    void theMainPagesAsTheirUsersSeeThem() {
        BrowserFixtures.Holding holding = given().holding("Screenshots breast MG");
        String permitId = given().permit(holding.datasetId(), unique("Screenshot permit"));
        given().flaggedUse(holding, permitId);
        given().withdrawal(holding);
        given().submitted(holding.datasetId(), unique("Screenshot waiting request"));

        logIn(CHAIR);
        browser.get(url("/"));
        screenshot("home");
        browser.get(url("/requests"));
        screenshot("dac-queue");
        logIn(RESEARCHER);
        browser.get(url("/catalogue"));
        screenshot("catalogue");
        logIn(AUDITOR);
        browser.get(url("/trends"));
        assertThat(browser.findElement(By.id("requests-chart")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("decisions-chart")).isDisplayed()).isTrue();
        screenshot("trends");
        browser.get(url("/permits/" + permitId));
        // the auditor opens an event's recorded payload behind its toggle
        WebElement details = browser.findElement(By.cssSelector("details.payload"));
        assertThat(details.findElement(By.tagName("pre")).isDisplayed()).isFalse();
        details.findElement(By.tagName("summary")).click();
        assertThat(details.findElement(By.tagName("pre")).getText()).contains("\"permitId\"");
    }
}
