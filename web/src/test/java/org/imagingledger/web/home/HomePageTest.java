package org.imagingledger.web.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.consent.api.WithdrawalNoticeAcknowledged;
import org.imagingledger.domain.consent.api.WithdrawalNoticeIssued;
import org.imagingledger.web.support.People;
import org.imagingledger.web.support.PermitTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's counts for a known state. A researcher's counts are exact (only their own
 * things count); the DAC's cover the whole shared test database, so they are checked as the
 * difference that the test's own state makes.
 */
class HomePageTest extends PermitTestSupport {

    private static final List<String> TILES = List.of(
            "open-requests",
            "overdue-requests",
            "active-permits",
            "suspended-permits",
            "expiring-permits",
            "flagged-uses",
            "pending-notices");
    private static final RequestPostProcessor CHAIR = as("carla.chair", Role.DAC_CHAIR, Role.DAC_MEMBER);

    @Autowired
    AccessService access;

    @Test
    void researcherSeesTheCountsOfTheirOwnRequestsPermitsAndNotices() throws Exception {
        String rita = unique("rita");
        Map<String, Long> before = counts(as(rita, Role.RESEARCHER));
        assertThat(before.values()).containsOnly(0L);

        givenTheLedgerState(rita);
        givenTheLedgerState(unique("someone-else"));

        String html = page(as(rita, Role.RESEARCHER), "en");
        assertThat(counts(html))
                .isEqualTo(Map.of(
                        "open-requests",
                        2L,
                        "overdue-requests",
                        1L,
                        "active-permits",
                        2L,
                        "suspended-permits",
                        1L,
                        "expiring-permits",
                        1L,
                        "flagged-uses",
                        1L,
                        "pending-notices",
                        1L));
        assertThat(html)
                .contains("your open requests", "oldest waiting 3 d 2 h", "id=\"permit-chart\"", "Permits per status");
        assertThat(page(as(rita, Role.RESEARCHER), "it"))
                .contains("tue richieste aperte", "il più vecchio attende da 3 g 2 h", "Permessi per stato")
                .doesNotContain("??");
    }

    @Test
    void dacSeesTheWholeLedgerCounted() throws Exception {
        Map<String, Long> before = counts(CHAIR);
        givenTheLedgerState(unique("rita"));
        Map<String, Long> after = counts(CHAIR);
        Map<String, Long> difference = new HashMap<>();
        TILES.forEach(t -> difference.put(t, after.get(t) - before.get(t)));
        assertThat(difference)
                .isEqualTo(Map.of(
                        "open-requests",
                        2L,
                        "overdue-requests",
                        1L,
                        "active-permits",
                        2L,
                        "suspended-permits",
                        1L,
                        "expiring-permits",
                        1L,
                        "flagged-uses",
                        1L,
                        "pending-notices",
                        1L));
        assertThat(page(CHAIR, "en")).contains("open requests", "DAC queue").doesNotContain("your open requests");
        assertThat(page(as(Role.AUDITOR), "it"))
                .contains("Coda del DAC", "richieste aperte")
                .doesNotContain("??");
    }

    @Test
    void aUserWithoutAPageRoleSeesNoCounts() throws Exception {
        String html = page(as(unique("node-person"), Role.NODE), "en");
        assertThat(html).contains("Governance ledger").doesNotContain("tile-", "permit-chart");
    }

    /**
     * For one applicant: a draft, an open request, an open request submitted 70 days ago (overdue),
     * three permits (one ending in three days, one suspended), one flagged and one clean data use
     * under the first, a notice to its holder pending for three days and two hours, and an acknowledged one.
     */
    private void givenTheLedgerState(String applicant) throws Exception {
        TestNode node = registerNode("IT");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String other = registerDataset(node, List.of("GRU"), null, false);
        Instant now = Instant.now();
        access.draft(content(dataset, now), People.as(applicant));
        access.submit(access.draft(content(dataset, now), People.as(applicant)), People.as(applicant));
        AccessService past = access.withClock(Clock.fixed(now.minus(70, ChronoUnit.DAYS), ZoneOffset.UTC));
        past.submit(
                past.draft(content(dataset, now.minus(70, ChronoUnit.DAYS)), People.as(applicant)),
                People.as(applicant));

        String permit = approve(applicant, List.of(dataset));
        approve(applicant, List.of(other), TRAINING, Duration.ofDays(3));
        String suspended = approve(applicant, List.of(other));
        post("/api/v1/permits/" + suspended + "/suspend", Map.of("reason", "audit"), CHAIR);
        post("/api/v1/data-uses", use(permit, dataset, "DOWNLOAD"), bearer(node.token()));
        post("/api/v1/data-uses", use(permit, dataset, "FEDERATED_TRAINING"), bearer(node.token()));

        String consent = unique("cs");
        eventGateway.publish(new WithdrawalNoticeIssued(
                consent,
                consent + "~1",
                RecipientKind.PERMIT,
                permit,
                applicant,
                List.of(dataset),
                "node:" + node.id(),
                now.minus(Duration.ofDays(3).plusHours(2))));
        eventGateway.publish(new WithdrawalNoticeIssued(
                consent,
                consent + "~2",
                RecipientKind.PERMIT,
                suspended,
                applicant,
                List.of(other),
                "node:" + node.id(),
                now.minus(Duration.ofDays(5))));
        eventGateway.publish(
                new WithdrawalNoticeAcknowledged(consent, consent + "~2", applicant, now.minus(Duration.ofDays(4))));
    }

    private static RequestContent content(String dataset, Instant from) {
        return new RequestContent(
                "Dashboard check",
                List.of(dataset),
                new ResearchPurpose(List.of("HMB"), null, false, false, false),
                "Count me.",
                List.of("FEDERATED_TRAINING"),
                from,
                from.plus(365, ChronoUnit.DAYS),
                List.of());
    }

    private static Map<String, Object> use(String permit, String dataset, String operation) {
        Instant now = Instant.now();
        return Map.of(
                "permitId",
                permit,
                "datasetId",
                dataset,
                "tool",
                "nnU-Net",
                "toolVersion",
                "2.3.1",
                "operation",
                operation,
                "subjects",
                20,
                "startedAt",
                now.minus(Duration.ofMinutes(30)).toString(),
                "endedAt",
                now.minus(Duration.ofMinutes(5)).toString());
    }

    private String page(RequestPostProcessor who, String lang) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/").param("lang", lang).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private Map<String, Long> counts(RequestPostProcessor who) throws Exception {
        return counts(page(who, "en"));
    }

    /** The number in each tile: {@code id="tile-x" ...><strong class="count">n</strong>}. */
    private static Map<String, Long> counts(String html) {
        Map<String, Long> counts = new HashMap<>();
        Matcher m = Pattern.compile("id=\"tile-([a-z-]+)\"[^>]*>\\s*<strong class=\"count\">(\\d+)</strong>")
                .matcher(html);
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(TILES);
        return counts;
    }
}
