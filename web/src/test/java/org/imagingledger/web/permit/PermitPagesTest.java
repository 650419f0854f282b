package org.imagingledger.web.permit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
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

class PermitPagesTest extends PermitTestSupport {

    private TestNode node;
    private String dataset;
    private String holder;
    private String permitId;

    @BeforeEach
    void setUp() throws Exception {
        node = registerNode("IT");
        dataset = registerDataset(node, List.of("GRU"), null, false);
        holder = unique("rita");
        permitId = approve(holder, List.of(dataset));
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void registerShowsPermitsWithBadgesAndTheChairsForms() throws Exception {
        String soon = approve(holder, List.of(dataset), TRAINING, Duration.ofDays(3));
        // Filtered by holder: other tests in the same context fill the first page.
        String mine = "/permits?holder=" + holder;
        String html = page(mine, as(Role.DAC_CHAIR));
        assertThat(html)
                .contains(
                        permitId,
                        "badge ACTIVE",
                        "/permits/" + permitId + "/suspend",
                        "/permits/" + permitId + "/extend",
                        "/trail/" + permitId);
        assertThat(html).containsPattern("id=\"permit-" + soon + "\"[^>]*class=\"expiring\"");
        String auditor = page(mine, as(Role.AUDITOR));
        assertThat(auditor).contains(permitId).doesNotContain("/permits/" + permitId + "/suspend");
        String admin = page(mine, as(Role.GOVERNANCE_ADMIN));
        assertThat(admin)
                .contains("/permits/" + permitId + "/revoke")
                .doesNotContain("/permits/" + permitId + "/extend");
        assertThat(page("/permits?lang=it", as(Role.AUDITOR))).contains("Registro dei permessi");
    }

    @Test
    void researchersSeeOnlyTheirOwnPermits() throws Exception {
        String other = approve(unique("remo"), List.of(dataset));
        String html = page("/permits", as(holder, Role.RESEARCHER));
        assertThat(html).contains(permitId).doesNotContain(other);
        mvc.perform(MockMvcRequestBuilders.get("/permits/" + other).with(as(holder, Role.RESEARCHER)))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/permits/pm-nowhere").with(as(Role.AUDITOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void permitPageShowsItsTimelineAndFlaggedUses() throws Exception {
        Instant end = Instant.now().minusSeconds(60);
        post(
                "/api/v1/data-uses",
                Map.of(
                        "permitId",
                        permitId,
                        "datasetId",
                        dataset,
                        "tool",
                        "nnU-Net",
                        "toolVersion",
                        "2",
                        "operation",
                        "DOWNLOAD",
                        "subjects",
                        3,
                        "startedAt",
                        end.minusSeconds(600).toString(),
                        "endedAt",
                        end.toString()),
                bearer(node.token()));
        String html = page("/permits/" + permitId, as(Role.DAC_MEMBER));
        assertThat(html)
                .contains(
                        "PermitIssued",
                        "DataUseReported",
                        "DataUseFlagged",
                        "class=\"flagged\"",
                        "operation not allowed",
                        "publish results, openly");
    }

    @Test
    void chairSuspendsThroughTheFormAndTheEventIsRecorded() throws Exception {
        long before = events();
        mvc.perform(MockMvcRequestBuilders.post("/permits/" + permitId + "/suspend")
                        .param("reason", "site audit")
                        .with(as(Role.DAC_CHAIR)))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/permits/" + permitId + "/suspend")
                        .param("reason", "site audit")
                        .with(as(Role.DAC_CHAIR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/permits"))
                .andExpect(flash().attributeExists("message"));
        assertThat(events()).isEqualTo(before + 1);
        assertThat(json.readTree(mvc.perform(MockMvcRequestBuilders.get("/api/v1/trail/" + permitId)
                                        .with(as(Role.AUDITOR)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .findValues("type")
                        .toString())
                .contains("PermitSuspended");
        mvc.perform(MockMvcRequestBuilders.post("/permits/" + permitId + "/extend")
                        .param("validUntil", "someday")
                        .param("reason", "r")
                        .with(as(Role.DAC_CHAIR))
                        .with(csrf()))
                .andExpect(redirectedUrl("/permits"))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(MockMvcRequestBuilders.post("/permits/" + permitId + "/suspend")
                        .param("reason", "again")
                        .with(as(Role.DAC_CHAIR))
                        .with(csrf()))
                .andExpect(flash().attributeExists("errors"));
        assertThat(events()).isEqualTo(before + 1);
        mvc.perform(MockMvcRequestBuilders.post("/permits/" + permitId + "/extend")
                        .param("validUntil", "2099-12-31")
                        .param("reason", "longer")
                        .with(as(Role.DAC_CHAIR))
                        .with(csrf()))
                .andExpect(flash().attributeExists("message"));
        assertThat(get("/api/v1/permits/" + permitId, as(Role.AUDITOR))
                        .get("validUntil")
                        .asText())
                .isEqualTo("2099-12-31T23:59:59Z");
    }
}
