package org.imagingledger.web.decision;

import java.util.List;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DecisionPagesTest extends DecisionTestSupport {

    private TestNode node;
    private String dataset;
    private String holder;
    private String allowed;
    private String denied;
    private String permit;

    @BeforeEach
    void setUp() throws Exception {
        node = registerNode("IT");
        dataset = registerDataset(node, List.of("GRU"), null, false);
        holder = unique("rita");
        permit = approve(holder, List.of(dataset));
        allowed = decide(node, holder, dataset, permit).get("decisionId").asText();
        denied = decide(node, holder, dataset, unique("pm-nowhere"))
                .get("decisionId")
                .asText();
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void logListsTheNodesDecisionsNewestFirstWithBadgesChartAndLinks() throws Exception {
        String html = page("/decisions?node=" + node.id(), as(Role.AUDITOR));
        assertThat(html)
                .contains(
                        "/decisions/" + allowed,
                        "/decisions/" + denied,
                        "badge allow",
                        "badge deny",
                        "id=\"decision-chart\"");
        assertThat(page("/decisions?lang=it", as(Role.DAC_MEMBER))).contains("Registro delle decisioni");
    }

    @Test
    void filtersNarrowTheLog() throws Exception {
        assertThat(page("/decisions?node=" + node.id() + "&result=deny", as(Role.DAC_CHAIR)))
                .contains(denied)
                .doesNotContain(allowed);
        assertThat(page("/decisions?principal=" + holder + "&result=allow", as(Role.GOVERNANCE_ADMIN)))
                .contains(allowed)
                .doesNotContain(denied);
        assertThat(page("/decisions?dataset=" + dataset + "&from=2000-01-01&to=2099-12-31T23:59", as(Role.AUDITOR)))
                .contains(allowed, denied);
        assertThat(page("/decisions?dataset=" + dataset + "&to=2000-01-01", as(Role.AUDITOR)))
                .doesNotContain(allowed)
                .doesNotContain(denied);
        assertThat(page("/decisions?dataset=" + dataset + "&revision=no-such-revision", as(Role.AUDITOR)))
                .doesNotContain(allowed);
    }

    @Test
    void badFiltersAreShownOnTheFormNotAsAnError() throws Exception {
        String html = page("/decisions?result=maybe&from=yesterday&node=" + node.id(), as(Role.AUDITOR));
        assertThat(html).contains("flash error", "From: must be a date").doesNotContain(allowed);
        assertThat(page("/decisions?result=maybe", as(Role.AUDITOR))).contains("is not one of allow, deny");
        assertThat(page("/decisions?from=2026-02-01&to=2026-01-01", as(Role.AUDITOR)))
                .contains("must be after");
    }

    @Test
    void decisionPageShowsTheQuestionDocumentsAndAnIdenticalReplay() throws Exception {
        String html = page("/decisions/" + allowed, as(Role.DAC_MEMBER));
        assertThat(html)
                .contains(
                        holder,
                        dataset,
                        "FEDERATED_TRAINING",
                        "id=\"input\"",
                        "id=\"recorded-result\"",
                        "id=\"replayed-result\"",
                        "badge identical",
                        "&quot;allow&quot; : true");
        assertThat(page("/decisions/" + denied, as(Role.AUDITOR))).contains("badge deny", "badge identical");
        String consented = unique("psn");
        String unconsented = unique("psn");
        post(
                "/api/v1/consents",
                java.util.Map.of("pseudonym", consented, "datasets", List.of(dataset), "purposes", List.of("HMB")),
                bearer(node.token()));
        String excluded = decide(question(holder, dataset, permit, List.of(consented, unconsented)), node)
                .get("decisionId")
                .asText();
        assertThat(page("/decisions/" + excluded, as(Role.AUDITOR)))
                .contains("EXCLUDE_SUBJECTS", unconsented + " (no consent at this node)");
        mvc.perform(MockMvcRequestBuilders.get("/decisions/dc-nowhere").with(as(Role.AUDITOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void researchersHaveNoLogPageAndNodesSeeTheirOwnOnly() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/decisions").with(as(Role.RESEARCHER)))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/decisions/" + allowed).with(asNode(node.id())))
                .andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/decisions/" + allowed).with(asNode("node-elsewhere")))
                .andExpect(status().isNotFound());
        assertThat(page("/", as(Role.RESEARCHER))).doesNotContain("href=\"/decisions\"");
        assertThat(page("/", as(Role.AUDITOR))).contains("href=\"/decisions\"", "href=\"/policies\"");
    }
}
