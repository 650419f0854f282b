package org.imagingledger.web.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.browser.BrowserFixtures.CHAIR;

/**
 * The chair sees a purpose check fail, keeps the dataset only by recording an override, the
 * permit covers it, and an auditor finds the override on the request page and in an export.
 */
class PurposeOverrideBrowserTest extends BrowserTestSupport {

    @Test
    void chairOverridesAFailedPurposeCheckAndTheAuditorFindsItInTheExport() throws Exception {
        BrowserFixtures.Holding holding = given().holding("Override browser prostate MR");
        String hmb = given().dataset(holding, "Override browser mammography (HMB)", List.of("HMB"));
        String gru = holding.datasetId();
        String id = given().reviewedForGeneralResearch(List.of(hmb, gru), unique("General encoder"));
        String reason = "Encoder pre-training agreed with the holding node's ethics board, ref. " + unique("EB");

        logIn(CHAIR);
        browser.get(url("/requests/" + id));
        WebElement failed = browser.findElement(By.id("check-" + hmb));
        assertThat(failed.findElement(By.cssSelector(".outcome")).getText()).isEqualTo("not compatible");
        assertThat(failed.findElement(By.cssSelector(".reasons")).getText())
                .contains("the dataset allows health, medical or biomedical research only (HMB)");
        assertThat(browser.findElement(By.id("check-" + gru))
                        .findElement(By.cssSelector(".outcome"))
                        .getText())
                .isEqualTo("compatible");
        assertThat(browser.findElement(By.id("grant-" + hmb)).getText()).contains("no — left out");

        // without the confirmation nothing is recorded
        WebElement override = browser.findElement(By.id("override-" + hmb));
        override.findElement(By.name("reason")).sendKeys(reason);
        submit(override.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".flash.error")).getText())
                .contains("cannot be undone");
        assertThat(findNow(browser, By.cssSelector("#check-" + hmb + " .override")))
                .isEmpty();

        // the refused form kept the reason typed; only the confirmation is asked again
        override = browser.findElement(By.id("override-" + hmb));
        assertThat(override.findElement(By.name("reason")).getDomProperty("value"))
                .isEqualTo(reason);
        override.findElement(By.name("confirm")).click();
        submit(override.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Recorded.");
        assertThat(browser.findElement(By.cssSelector("#check-" + hmb + " .override-reason"))
                        .getText())
                .isEqualTo(reason);
        assertThat(browser.findElement(By.id("grant-" + hmb)).getText()).contains("yes");
        assertThat(timelineTypes()).contains("PurposeCheckOverridden");

        WebElement decision = browser.findElement(By.id("decision-form"));
        new Select(decision.findElement(By.name("outcome"))).selectByValue("APPROVE");
        setValue(decision.findElement(By.name("validFrom")), LocalDate.now().toString());
        setValue(
                decision.findElement(By.name("validUntil")),
                LocalDate.now().plusYears(1).toString());
        submit(decision.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Approved");
        assertThat(browser.findElement(By.id("approved-overridden")).getText()).isEqualTo(hmb);
        browser.findElement(By.id("permit")).click();
        waiting().until(ExpectedConditions.urlContains("/permits/permit-"));
        assertThat(browser.findElement(By.id("permit-overridden")).getText()).isEqualTo(hmb);

        logIn("ui.auditor");
        browser.get(url("/requests/" + id));
        assertThat(browser.findElement(By.cssSelector("#check-" + hmb + " .override-reason"))
                        .getText())
                .isEqualTo(reason);
        browser.get(url("/audit"));
        WebElement export = browser.findElement(By.id("export-form"));
        export.findElement(By.name("request")).sendKeys(id);
        export.findElement(By.id("export-button")).click();
        Path zip = downloaded(".zip");
        Map<String, byte[]> files = unzip(Files.readAllBytes(zip));
        assertThat(new String(files.get("events.jsonl"), StandardCharsets.UTF_8))
                .contains("PurposeCheckOverridden", reason);
        assertThat(new String(files.get("fhir-bundle.json"), StandardCharsets.UTF_8))
                .contains("overrideReason", reason);
        String report = pdfText(files.get("report.pdf"));
        assertThat(report).contains("Purpose-check overrides");
        // table cells wrap long ids: compare without the line breaks
        assertThat(report.replaceAll("\\s+", "")).contains(hmb, "DUO_NOT_HEALTH_RESEARCH", "ui.chair");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
