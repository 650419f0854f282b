package org.imagingledger.web.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.application.decision.ImpactAnalyses;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.projections.consent.WithdrawalNoticeView;
import org.imagingledger.projections.policy.PolicyQueries;
import org.imagingledger.web.support.People;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.browser.BrowserFixtures.ADMIN;
import static org.imagingledger.web.browser.BrowserFixtures.AUDITOR;
import static org.imagingledger.web.browser.BrowserFixtures.CHAIR;
import static org.imagingledger.web.browser.BrowserFixtures.MEMBER;
import static org.imagingledger.web.browser.BrowserFixtures.MEMBER2;
import static org.imagingledger.web.browser.BrowserFixtures.OPERATOR;
import static org.imagingledger.web.browser.BrowserFixtures.RESEARCHER;

/**
 * Every page, as each role, in English and Italian, with data on it: each must render in the
 * app's layout, with every message found, without raw JSON or Spring's Whitelabel page, and
 * without a single Content-Security-Policy violation in the browser's console (so no inline
 * script, handler or style is left in any template). Error pages (403, 404) are the app's own.
 */
class EveryPageBrowserTest extends BrowserTestSupport {

    @Autowired
    private AccessService access;

    @Autowired
    private PolicyQueries policies;

    @Autowired
    private ImpactAnalyses analyses;

    @Test
    void theDetectorSeesAViolation() {
        logIn(RESEARCHER);
        browser.get(url("/catalogue"));
        cspViolations();
        // an inline style the policy forbids, set on the live page: the browser must report it
        ((JavascriptExecutor) browser).executeScript("document.body.setAttribute('style', 'color: red')");
        assertThat(cspViolations()).isNotEmpty();
    }

    @Test
    void everyPageOfEveryRoleRendersInBothLanguagesWithoutAContentSecurityPolicyViolation() throws Exception {
        BrowserFixtures.Holding holding = given().holding("Every page lung CT");
        String permitId = given().permit(holding.datasetId(), unique("Every page permit"));
        given().flaggedUse(holding, permitId);
        List<WithdrawalNoticeView> notices = given().withdrawal(holding);
        String permitNotice = notices.stream()
                .filter(n -> n.getRecipientKind() == RecipientKind.PERMIT)
                .findFirst()
                .orElseThrow()
                .getNoticeId();
        String open = given().submitted(holding.datasetId(), unique("Every page open request"));
        access.assignReviewers(open, List.of(MEMBER, MEMBER2), People.as(CHAIR));
        access.vote(open, "APPROVE", "fine", People.as(MEMBER));
        String decision = decide(holding, RESEARCHER, permitId);
        BrowserFixtures.Holding operated = given().operatedHolding("Every page operated MR");
        String waiting = given().submitted(operated.datasetId(), unique("Every page node answer"));
        String nodeNotice = given().withdrawal(operated).stream()
                .filter(n -> n.getRecipientKind() == RecipientKind.NODE)
                .findFirst()
                .orElseThrow()
                .getNoticeId();
        String revision = policies.active().orElseThrow().getRevision();
        String analysis =
                analyses.runNow(revision, 5, People.as(AUDITOR)).analysis().getAnalysisId();

        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(
                RESEARCHER,
                List.of(
                        "/",
                        "/inbox",
                        "/catalogue",
                        "/requests",
                        "/requests/new",
                        "/requests/" + open,
                        "/permits",
                        "/permits/" + permitId,
                        "/notices",
                        "/notices/" + permitNotice + "/acknowledge",
                        "/settings/notifications"));
        pages.put(
                MEMBER2,
                List.of(
                        "/",
                        "/inbox",
                        "/requests",
                        "/requests/" + open,
                        "/permits/" + permitId,
                        "/decisions",
                        "/trends"));
        pages.put(
                CHAIR,
                List.of(
                        "/",
                        "/inbox",
                        "/requests",
                        "/requests/" + open,
                        "/permits",
                        "/permits/" + permitId,
                        "/permits/" + permitId + "/revoke",
                        "/notices",
                        "/data-uses",
                        "/decisions",
                        "/decisions/" + decision,
                        "/trends",
                        "/policies",
                        "/policies/" + revision + "/impact",
                        "/deputies",
                        "/trail/" + permitId,
                        "/catalogue"));
        pages.put(
                AUDITOR,
                List.of(
                        "/",
                        "/audit",
                        "/trends",
                        "/decisions/" + decision,
                        "/policies/impact-analyses/" + analysis,
                        "/requests/" + open,
                        "/permits/" + permitId,
                        "/trail/" + open,
                        "/data-uses?flagged=true"));
        pages.put(
                ADMIN,
                List.of(
                        "/",
                        "/webhooks",
                        "/policies",
                        "/policies/" + revision + "/activate",
                        "/deputies",
                        "/datasets/new",
                        "/datasets/" + holding.datasetId() + "/edit",
                        "/notices"));
        pages.put(
                OPERATOR,
                List.of(
                        "/",
                        "/inbox",
                        "/catalogue",
                        "/requests/" + waiting,
                        "/datasets/new",
                        "/datasets/" + operated.datasetId() + "/edit",
                        "/datasets/" + operated.datasetId() + "/retire",
                        "/data-uses",
                        "/permits",
                        "/notices",
                        "/notices/" + nodeNotice + "/acknowledge",
                        "/decisions",
                        "/webhooks"));

        List<String> problems = new ArrayList<>();
        pages.forEach((user, paths) -> {
            logIn(user);
            cspViolations();
            for (String path : paths) {
                for (String lang : List.of("it", "en")) {
                    visit(path, lang, user, problems);
                }
            }
        });
        browser.get(url("/login?lang=it"));
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        assertThat(cspViolations()).as("the login page").isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void errorPagesAreTheAppsOwnInItsLanguage() {
        logIn(RESEARCHER);
        browser.get(url("/no-such-page?lang=it"));
        assertThat(browser.findElement(By.cssSelector("#error-page h1")).getText())
                .isEqualTo("Qui non c'è nulla");
        assertThat(browser.findElements(By.cssSelector("header.top nav"))).isNotEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
        browser.get(url("/audit?lang=en"));
        assertThat(browser.findElement(By.cssSelector("#error-page h1")).getText())
                .isEqualTo("Not yours to see");
        browser.get(url("/requests/req-no-such-request"));
        assertThat(browser.findElement(By.cssSelector("#error-page h1")).getText())
                .isEqualTo("Nothing here");
        assertThat(browser.getPageSource()).doesNotContain("\"status\"", "\"code\"");
        assertThat(cspViolations()).isEmpty();
        // links only where the viewer may go: a researcher's pages offer no trail
        browser.get(url("/catalogue"));
        assertThat(findNow(browser, By.cssSelector("a[href^='/trail/']"))).isEmpty();
        assertThat(findNow(browser, By.id("nav-audit"))).isEmpty();
    }

    private void visit(String path, String lang, String user, List<String> problems) {
        String separator = path.contains("?") ? "&" : "?";
        browser.get(url(path + separator + "lang=" + lang));
        String where = user + " " + path + " (" + lang + ")";
        if (browser.findElements(By.cssSelector("header.top")).isEmpty()) {
            problems.add(where + ": not in the layout");
        }
        if (!browser.findElements(By.id("error-page")).isEmpty()) {
            problems.add(where + ": error page "
                    + browser.findElement(By.tagName("h1")).getText());
        }
        String html = browser.getPageSource();
        if (html.contains("Whitelabel")) {
            problems.add(where + ": Whitelabel page");
        }
        String missing = missingKeys();
        if (!missing.isEmpty()) {
            problems.add(where + ": missing message near " + missing);
        }
        List<String> violations = cspViolations();
        if (!violations.isEmpty()) {
            problems.add(where + ": " + violations);
        }
    }
}
