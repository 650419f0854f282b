package org.imagingledger.web.browser;

import java.util.List;
import java.util.Map;
import org.imagingledger.projections.policy.PolicyQueries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.browser.BrowserFixtures.CHAIR;
import static org.imagingledger.web.browser.BrowserFixtures.RESEARCHER;

/**
 * Every page in English and Italian, with data on it so that the keys built from values
 * (statuses, operations, flags, ages) are looked up too: no "??key_locale??" anywhere.
 */
class LanguageBrowserTest extends BrowserTestSupport {

    private static final Map<String, List<String>> HEADINGS = Map.of(
            "/requests", List.of("DAC queue", "Coda del DAC"),
            "/permits", List.of("Permit register", "Registro dei permessi"),
            "/notices", List.of("Consent-withdrawal notices", "Avvisi di revoca del consenso"),
            "/decisions", List.of("Decision log", "Registro delle decisioni"),
            "/policies", List.of("Policy versions", "Versioni delle policy"));

    @Autowired
    private PolicyQueries policies;

    @Test
    void queuePermitsNoticesAndDecisionsHaveItalianHeadingsAndNoMissingKeysInEitherLanguage() throws Exception {
        BrowserFixtures.Holding holding = given().holding("Language check lung CT");
        String permitId = given().permit(holding.datasetId(), unique("Language check"));
        given().flaggedUse(holding, permitId);
        given().withdrawal(holding);
        String suspended = given().permit(holding.datasetId(), unique("Language check, suspended"));
        given().suspend(suspended);
        String open = given().submitted(holding.datasetId(), unique("Language check, open"));
        String allowed = decide(holding, RESEARCHER, permitId);
        String denied = decide(holding, RESEARCHER, suspended);
        String revision = policies.active().orElseThrow().getRevision();

        logIn(CHAIR);
        HEADINGS.forEach((path, headings) -> {
            visit(path, "it");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headings.get(1));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("it");
            visit(path, "en");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headings.get(0));
        });
        for (String path : List.of(
                "/",
                "/requests/" + open,
                "/permits/" + permitId,
                "/permits/" + suspended,
                "/catalogue",
                "/trail/" + permitId,
                "/decisions/" + allowed,
                "/decisions/" + denied,
                "/policies/" + revision + "/impact")) {
            visit(path, "it");
            visit(path, "en");
        }

        logIn(RESEARCHER);
        for (String path : List.of("/", "/requests", "/requests/new", "/requests/" + open, "/permits", "/notices")) {
            visit(path, "it");
            visit(path, "en");
        }
    }

    /** Opens the page in the language and checks that it rendered with every message found. */
    private void visit(String path, String lang) {
        browser.get(url(path + "?lang=" + lang));
        assertThat(browser.findElements(By.cssSelector("header.top")))
                .as("%s rendered (%s)", path, lang)
                .isNotEmpty();
        assertThat(missingKeys()).as("missing message on %s (%s)", path, lang).isEmpty();
    }
}
