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
    void registerShowsPermitsWithBadgesAndThePermitPageCarriesTheChairsForms() throws Exception {
        String soon = approve(holder, List.of(dataset), TRAINING, Duration.ofDays(3));
        // filtered by holder: other tests in the same context fill the first page
        String html = page("/permits?holder=" + holder, as(Role.DAC_CHAIR));
        assertThat(html).contains(permitId, "badge ACTIVE", "/permits/" + permitId, "/trail/" + permitId);
        assertThat(html).containsPattern("id=\"permit-" + soon + "\"[^>]*class=\"expiring\"");
        String chair = page("/permits/" + permitId, as(Role.DAC_CHAIR));
        assertThat(chair)
                .contains(
                        "/permits/" + permitId + "/suspend",
                        "/permits/" + permitId + "/extend",
                        "/permits/" + permitId + "/revoke");
        String auditor = page("/permits/" + permitId, as(Role.AUDITOR));
        assertThat(auditor).contains(permitId).doesNotContain("/permits/" + permitId + "/suspend");
        String admin = page("/permits/" + permitId, as(Role.GOVERNANCE_ADMIN));
        assertThat(admin)
                .contains("/permits/" + permitId + "/revoke")
                .doesNotContain("/permits/" + permitId + "/extend");
        // revoking asks first, on a page that says what it does
        assertThat(page("/permits/" + permitId + "/revoke", as(Role.DAC_CHAIR)))
                .contains("revoke-consequences", "name=\"confirm\"");
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
                .andExpect(redirectedUrl("/permits/" + permitId))
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
                .andExpect(redirectedUrl("/permits/" + permitId))
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
        // the new last day is covered whole: the permit runs to the start of the next day in Brussels
        assertThat(get("/api/v1/permits/" + permitId, as(Role.AUDITOR))
                        .get("validUntil")
                        .asText())
                .isEqualTo("2099-12-31T23:00:00Z");
        // reinstating asks why; without a reason nothing is recorded
        long suspended = events();
        mvc.perform(MockMvcRequestBuilders.post("/permits/" + permitId + "/reinstate")
                        .param("reason", " ")
                        .with(as(Role.DAC_CHAIR))
                        .with(csrf()))
                .andExpect(redirectedUrl("/permits/" + permitId))
                .andExpect(flash().attributeExists("refusal"));
        assertThat(events()).isEqualTo(suspended);
        mvc.perform(MockMvcRequestBuilders.post("/permits/" + permitId + "/reinstate")
                        .param("reason", "the site audit found nothing")
                        .with(as(Role.DAC_CHAIR))
                        .with(csrf()))
                .andExpect(flash().attributeExists("message"));
        assertThat(events()).isEqualTo(suspended + 1);
        assertThat(get("/api/v1/trail/" + permitId, as(Role.AUDITOR))
                        .get("items")
                        .findValues("reason")
                        .toString())
                .contains("the site audit found nothing");
        // revoking is refused without its confirmation
        mvc.perform(MockMvcRequestBuilders.post("/permits/" + permitId + "/revoke")
                        .param("reason", "misuse")
                        .with(as(Role.DAC_CHAIR))
                        .with(csrf()))
                .andExpect(redirectedUrl("/permits/" + permitId + "/revoke"))
                .andExpect(flash().attributeExists("refusal"));
        assertThat(events()).isEqualTo(suspended + 1);
    }
}
