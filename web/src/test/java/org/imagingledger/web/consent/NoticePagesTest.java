package org.imagingledger.web.consent;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.consent.api.WithdrawalNoticeIssued;
import org.imagingledger.web.support.PermitTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NoticePagesTest extends PermitTestSupport {

    private String holder;
    private String permitNotice;
    private String nodeNotice;

    @BeforeEach
    void setUp() throws Exception {
        TestNode node = registerNode("IT");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        holder = unique("rita");
        approve(holder, List.of(dataset));
        String consent = post(
                        "/api/v1/consents",
                        Map.of("pseudonym", unique("PSN"), "datasets", List.of(dataset), "purposes", List.of("GRU")),
                        bearer(node.token()))
                .get("id")
                .asText();
        for (JsonNode n : post("/api/v1/consents/" + consent + "/withdraw", null, bearer(node.token()))
                .get("notices")) {
            if (n.get("recipientKind").asText().equals("PERMIT")) {
                permitNotice = n.get("id").asText();
            } else {
                nodeNotice = n.get("id").asText();
            }
        }
    }

    private String page(RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/notices").with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void noticesPageShowsNoticesAgesAndTheChart() throws Exception {
        String html = page(as(Role.AUDITOR));
        assertThat(html)
                .contains(
                        permitNotice.substring(0, permitNotice.indexOf('~')),
                        "<svg",
                        "notice-chart",
                        "<rect",
                        "pending");
        assertThat(html).doesNotContain("/notices/" + permitNotice + "/acknowledge");
        assertThat(page(as(Role.GOVERNANCE_ADMIN)))
                .contains("/notices/" + permitNotice + "/acknowledge")
                .doesNotContain("/notices/" + nodeNotice + "/acknowledge");
        assertThat(page(as(holder, Role.RESEARCHER))).contains("/notices/" + permitNotice + "/acknowledge");
        assertThat(page(as(unique("remo"), Role.RESEARCHER))).doesNotContain(permitNotice);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/notices?lang=it").with(as(Role.AUDITOR)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Avvisi di revoca del consenso");
    }

    @Test
    void holderAcknowledgesThroughTheFormAfterConfirming() throws Exception {
        long before = events();
        mvc.perform(MockMvcRequestBuilders.post("/notices/" + nodeNotice + "/acknowledge")
                        .param("confirm", "true")
                        .with(as(holder, Role.RESEARCHER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/notices/" + nodeNotice + "/acknowledge"))
                .andExpect(flash().attributeExists("errors"));
        assertThat(events()).isEqualTo(before);
        // the page says what acknowledging means; without the confirmation nothing is recorded
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/notices/" + permitNotice + "/acknowledge")
                                .with(as(holder, Role.RESEARCHER)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("acknowledge-consequences", "name=\"confirm\"");
        mvc.perform(MockMvcRequestBuilders.post("/notices/" + permitNotice + "/acknowledge")
                        .with(as(holder, Role.RESEARCHER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/notices/" + permitNotice + "/acknowledge"))
                .andExpect(flash().attributeExists("refusal"));
        assertThat(events()).isEqualTo(before);
        mvc.perform(MockMvcRequestBuilders.post("/notices/" + permitNotice + "/acknowledge")
                        .param("confirm", "true")
                        .with(as(holder, Role.RESEARCHER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/notices"))
                .andExpect(flash().attributeExists("message"));
        assertThat(events()).isEqualTo(before + 1);
        JsonNode notices =
                get("/api/v1/withdrawal-notices", as(holder, Role.RESEARCHER)).get("items");
        assertThat(notices.get(0).get("acknowledgedBy").asText()).isEqualTo(holder);
    }

    /** Permit ids carry a UUID: in the chart they are cut to fit the label column, whole in the tooltip. */
    @Test
    void chartCutsLongRecipientIdsAndKeepsThemWholeInTheTooltip() throws Exception {
        String permitId = "permit-" + UUID.randomUUID();
        String consent = unique("cs");
        // a year old, so that it is among the oldest pending notices, which the chart shows first
        eventGateway.publish(new WithdrawalNoticeIssued(
                consent,
                consent + "~1",
                RecipientKind.PERMIT,
                permitId,
                holder,
                List.of("ds-1"),
                "node:node-1",
                Instant.now().minus(Duration.ofDays(365))));
        String chart = page(as(Role.AUDITOR));
        chart = chart.substring(chart.indexOf("id=\"notice-chart\""), chart.indexOf("</svg>"));
        assertThat(chart)
                .contains(
                        "<title>permit " + permitId + ": 365 d 0 h</title>",
                        ">permit " + permitId.substring(0, NoticeChart.MAX_LABEL - 1) + "…</text>");
        assertThat(chart).doesNotContain(">permit " + permitId + "</text>", ">PERMIT ");
    }
}
