package org.imagingledger.web.policy;

import java.util.List;
import org.imagingledger.application.shared.Role;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.projections.policy.PolicyBundleView;
import org.imagingledger.projections.policy.PolicyQueries;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PolicyPagesTest extends DecisionTestSupport {

    @Autowired
    private PolicyQueries policies;

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String active() {
        return policies.active().map(PolicyBundleView::getRevision).orElseThrow();
    }

    @Test
    void versionsListTheActiveRevisionAndOnlyTheAdminGetsTheForms() throws Exception {
        String admin = page("/policies", as(Role.GOVERNANCE_ADMIN));
        assertThat(admin)
                .contains(
                        active(),
                        "badge ACTIVE",
                        "enctype=\"multipart/form-data\"",
                        "/policies/" + active() + "/impact");
        String auditor = page("/policies", as(Role.AUDITOR));
        assertThat(auditor)
                .contains(active(), "/policies/" + active() + "/impact")
                .doesNotContain("multipart/form-data");
        assertThat(page("/policies?lang=it", as(Role.DAC_MEMBER))).contains("Versioni delle policy");
        mvc.perform(MockMvcRequestBuilders.get("/policies").with(as(Role.RESEARCHER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedUploadIsShownAndRecordsNothing() throws Exception {
        long before = events();
        mvc.perform(MockMvcRequestBuilders.multipart("/policies")
                        .file(new MockMultipartFile(
                                "bundle", "x.tar.gz", "application/gzip", "not a bundle".getBytes()))
                        .param("note", "junk")
                        .with(as(Role.GOVERNANCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/policies"))
                .andExpect(flash().attributeExists("errors"));
        byte[] builtin = PolicyBundle.builtin().bytes();
        mvc.perform(MockMvcRequestBuilders.multipart("/policies")
                        .file(new MockMultipartFile("bundle", "b.tar.gz", "application/gzip", builtin))
                        .with(as(Role.GOVERNANCE_ADMIN))
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "errors",
                                List.of("the id " + PolicyBundle.builtin().revision() + " is already taken")));
        mvc.perform(MockMvcRequestBuilders.multipart("/policies")
                        .file(new MockMultipartFile("bundle", "b.tar.gz", "application/gzip", builtin))
                        .with(as(Role.DAC_CHAIR))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(events()).isEqualTo(before);
    }

    /**
     * A copy of the built-in policy under a new revision: published; activation refused without
     * an impact analysis; analysed in the background (its summary on its page); activated after
     * confirming; then undone the same way.
     */
    @Test
    void adminPublishesAnalysesAndActivatesARevision() throws Exception {
        String previous = active();
        String revision = unique("ui-test");
        mvc.perform(MockMvcRequestBuilders.multipart("/policies")
                        .file(new MockMultipartFile("bundle", "b.tar.gz", "application/gzip", withRevision(revision)))
                        .param("note", "same rules, new name")
                        .with(as(Role.GOVERNANCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/policies"))
                .andExpect(flash().attributeExists("message"));
        assertThat(page("/policies", as(Role.GOVERNANCE_ADMIN)))
                .contains(revision, "same rules, new name", "/policies/" + revision + "/activate");

        TestNode node = registerNode("IT");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String holder = unique("rita");
        String permit = approve(holder, List.of(dataset));
        decide(node, holder, dataset, permit);
        decide(node, holder, dataset, unique("pm-nowhere"));

        // no analysis yet: the confirmation page says one is needed, and activation is refused
        assertThat(page("/policies/" + revision + "/activate", as(Role.GOVERNANCE_ADMIN)))
                .contains("needs-analysis", "activate-consequences");
        long before = events();
        mvc.perform(MockMvcRequestBuilders.post("/policies/" + revision + "/activate")
                        .param("confirm", "true")
                        .with(as(Role.GOVERNANCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/policies/" + revision + "/activate"))
                .andExpect(flash().attribute(
                                "errors",
                                org.hamcrest.Matchers.hasItem(
                                        org.hamcrest.Matchers.containsString("impact analysis"))));
        assertThat(events()).isEqualTo(before);
        assertThat(active()).isEqualTo(previous);

        String analysis = analyse(revision, "2");
        assertThat(page("/policies/impact-analyses/" + analysis, as(Role.DAC_MEMBER)))
                .contains("id=\"impact-summary\"", "2 recorded decisions evaluated under revision " + revision + "; 0");
        assertThat(page("/policies/" + revision + "/impact", as(Role.AUDITOR))).contains(analysis);
        mvc.perform(MockMvcRequestBuilders.post("/policies/" + revision + "/impact")
                        .param("last", "0")
                        .with(as(Role.AUDITOR))
                        .with(csrf()))
                .andExpect(redirectedUrl("/policies/" + revision + "/impact"))
                .andExpect(flash().attributeExists("refusal"));
        mvc.perform(MockMvcRequestBuilders.get("/policies/no-such-rev/impact").with(as(Role.AUDITOR)))
                .andExpect(status().isNotFound());

        mvc.perform(MockMvcRequestBuilders.post("/policies/" + revision + "/activate")
                        .param("confirm", "true")
                        .with(as(Role.DAC_CHAIR))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // the confirmation is required
        mvc.perform(MockMvcRequestBuilders.post("/policies/" + revision + "/activate")
                        .with(as(Role.GOVERNANCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/policies/" + revision + "/activate"))
                .andExpect(flash().attributeExists("refusal"));
        assertThat(page("/policies/" + revision + "/activate", as(Role.GOVERNANCE_ADMIN)))
                .contains("impact-summary")
                .doesNotContain("needs-analysis");
        try {
            mvc.perform(MockMvcRequestBuilders.post("/policies/" + revision + "/activate")
                            .param("confirm", "true")
                            .with(as(Role.GOVERNANCE_ADMIN))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/policies"))
                    .andExpect(flash().attributeExists("message"));
            assertThat(active()).isEqualTo(revision);
        } finally {
            // the test context is shared: leave the revision the other tests expect active
            analyse(previous, "2");
            mvc.perform(MockMvcRequestBuilders.post("/policies/" + previous + "/activate")
                    .param("confirm", "true")
                    .with(as(Role.GOVERNANCE_ADMIN))
                    .with(csrf()));
        }
        assertThat(active()).isEqualTo(previous);
        mvc.perform(MockMvcRequestBuilders.get("/policies/no-such-rev/activate").with(as(Role.GOVERNANCE_ADMIN)))
                .andExpect(status().isNotFound());
    }

    /** Starts an analysis through the page and waits (bounded) until the background run has finished. */
    private String analyse(String revision, String last) throws Exception {
        String location = mvc.perform(MockMvcRequestBuilders.post("/policies/" + revision + "/impact")
                        .param("last", last)
                        .with(as(Role.DAC_MEMBER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/policies/impact-analyses/");
        String id = location.substring(location.lastIndexOf('/') + 1);
        // a bounded wait for the background run to finish (the assertions come after it, on the result)
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while (!json.readTree(page("/policies/impact-analyses/" + id + "/progress", as(Role.DAC_MEMBER)))
                .path("finished")
                .asBoolean()) {
            assertThat(System.nanoTime()).as("the analysis finished").isLessThan(deadline);
            Thread.sleep(100);
        }
        return id;
    }

    private static byte[] withRevision(String revision) throws Exception {
        return org.imagingledger.web.support.Bundles.withRevision(revision);
    }
}
