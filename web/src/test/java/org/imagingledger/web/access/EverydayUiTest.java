package org.imagingledger.web.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.imagingledger.web.config.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages as committees, nodes and auditors use them (issue 10), through MockMvc on H2:
 * nothing lost, days as people mean them, blinded votes, node operators, errors in the layout,
 * the Content-Security-Policy, CSV.
 */
class EverydayUiTest extends AccessTestSupport {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A person who operates the node: the NODE role and the authority naming the node, as the login gives them. */
    private static RequestPostProcessor operator(String person, String nodeId) {
        return user(person)
                .authorities(
                        new SimpleGrantedAuthority("ROLE_NODE"), new SimpleGrantedAuthority("NODE_OPERATOR:" + nodeId));
    }

    private long requestsOf(String person) {
        Long count =
                jdbc.queryForObject("select count(*) from access_request_view where applicant = ?", Long.class, person);
        return count == null ? 0 : count;
    }

    @Test
    void anIncompleteSubmitRecordsNothingAndTheFormComesBackWithEveryValueAndEachErrorBesideItsField()
            throws Exception {
        long before = events();
        MvcResult refused = mvc.perform(MockMvcRequestBuilders.post("/requests/new")
                        .param("_form", "create-form")
                        .param("title", "Nodule detection — keep me")
                        .param("datasets", openDataset)
                        .param("purposeCodes", "DUO:0000006")
                        .param("summary", "")
                        .param("periodFrom", "2027-06-01")
                        .param("periodUntil", "2027-05-01")
                        .param("team", teamMember)
                        .param("action", "submit")
                        .param("lang", "it")
                        .with(researcher)
                        .with(csrf()))
                .andExpect(redirectedUrl("/requests/new"))
                .andReturn();
        // nothing recorded: no event, no draft
        assertThat(events()).isEqualTo(before);
        assertThat(requestsOf(applicant)).isZero();
        Refusal refusal = (Refusal) refused.getFlashMap().get("refusal");
        assertThat(refusal.form()).isEqualTo("create-form");
        assertThat(refusal.fieldErrors()).containsKeys("summary", "operations", "periodUntil");
        // worded from the error codes in the page's language, each field by its visible label
        assertThat(refusal.fieldErrors().get("summary")).containsExactly("è obbligatorio");
        assertThat(refusal.lines())
                .anyMatch(l -> l.startsWith("Sintesi del progetto: "))
                .anyMatch(l -> l.startsWith("Ultimo giorno del periodo richiesto: ") && l.contains("Richiesto dal"))
                .noneMatch(l -> l.contains("periodUntil") || l.contains("purpose.codes"));

        // the form shown again (the flash travels in the session, as in a browser) keeps every
        // value and shows each error below its input
        String html = mvc.perform(MockMvcRequestBuilders.get("/requests/new")
                        .cookie(refused.getResponse().getCookies())
                        .with(researcher))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "value=\"Nodule detection — keep me\"", "value=\"2027-05-01\"", "value=\"" + teamMember + "\"")
                .containsPattern("name=\"datasets\" value=\"" + openDataset + "\"[^>]*checked")
                .containsPattern("id=\"purpose-HMB\"[^>]*checked|checked[^>]*id=\"purpose-HMB\"")
                .containsPattern("(?s)id=\"summary\".{0,400}class=\"field-error\"[^>]*>è obbligatorio<");

        // a complete submission records the draft and the submission together
        mvc.perform(MockMvcRequestBuilders.post("/requests/new")
                        .param("title", "Nodule detection")
                        .param("datasets", openDataset)
                        .param("purposeCodes", "DUO:0000006")
                        .param("summary", "Detect nodules without moving images.")
                        .param("operations", "FEDERATED_TRAINING")
                        .param("periodFrom", "2027-06-01")
                        .param("periodUntil", "2027-12-31")
                        .param("action", "submit")
                        .with(researcher)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        JsonNode mine = get(BASE + "?title=Nodule", researcher).get("items");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("status").asText()).isEqualTo("SUBMITTED");
        // the requested period, chosen as days, covers the whole last day in Brussels
        JsonNode request = request(mine.get(0).get("id").asText());
        assertThat(Instant.parse(request.get("periodFrom").asText()))
                .isEqualTo(LocalDate.parse("2027-06-01").atStartOfDay(BRUSSELS).toInstant());
        assertThat(Instant.parse(request.get("periodUntil").asText()))
                .isEqualTo(LocalDate.parse("2028-01-01").atStartOfDay(BRUSSELS).toInstant());
    }

    @Test
    void theChairsApprovalKeepsItsReasonAndAValidityChosenAsDaysCoversTheLastDay() throws Exception {
        String id = decidable();
        mvc.perform(MockMvcRequestBuilders.post("/requests/" + id + "/decision")
                        .param("outcome", "APPROVE")
                        .param("reason", "Sound plan; the node agreed.")
                        .param("validFrom", "2026-01-01")
                        .param("validUntil", "2028-12-31")
                        .with(CHAIR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/requests/" + id));
        JsonNode request = request(id);
        assertThat(request.get("status").asText()).isEqualTo("APPROVED");
        assertThat(request.get("outcomeReason").asText()).isEqualTo("Sound plan; the node agreed.");
        assertThat(request.get("validFrom").asText()).isEqualTo("2025-12-31T23:00:00Z");
        assertThat(request.get("validUntil").asText()).isEqualTo("2028-12-31T23:00:00Z");
        String permitId = request.get("permitId").asText();

        // extended to a last day: the request shows the permit's current validity
        mvc.perform(MockMvcRequestBuilders.post("/permits/" + permitId + "/extend")
                        .param("validUntil", "2029-06-30")
                        .param("reason", "more time for the follow-up")
                        .with(CHAIR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/permits/" + permitId));
        assertThat(request(id).get("validUntil").asText()).isEqualTo("2029-06-30T22:00:00Z");
        assertThat(page("/requests/" + id, AUDITOR))
                .contains("2026-01-01 – 2029-06-30 (Europe/Brussels)", "Sound plan; the node agreed.");
        // the timeline words the approval, reason and all
        assertThat(page("/requests/" + id, AUDITOR)).contains("approved the request: Sound plan; the node agreed.");
    }

    @Test
    void aPermitBeforeItsStartIsNotYetValidInItsStatusAndInTheDecisions() throws Exception {
        String id = decidable();
        LocalDate tomorrow = LocalDate.now(BRUSSELS).plusDays(1);
        post(
                BASE + "/" + id + "/decision",
                Map.of(
                        "outcome",
                        "APPROVE",
                        "conditions",
                        List.of(),
                        "validFrom",
                        tomorrow.atStartOfDay(BRUSSELS).toInstant().toString(),
                        "validUntil",
                        tomorrow.plusYears(1).atStartOfDay(BRUSSELS).toInstant().toString()),
                CHAIR);
        String permitId = request(id).get("permitId").asText();
        assertThat(get("/api/v1/permits/" + permitId, AUDITOR).get("status").asText())
                .isEqualTo("NOT_YET_VALID");
        assertThat(get("/api/v1/permits?status=NOT_YET_VALID&size=500", AUDITOR)
                        .findValues("id")
                        .toString())
                .contains(permitId);
        assertThat(get("/api/v1/permits?status=ACTIVE&size=500", AUDITOR)
                        .findValues("id")
                        .toString())
                .doesNotContain(permitId);
        assertThat(page("/permits/" + permitId, AUDITOR)).contains("not yet valid");
        JsonNode decision = post(
                "/api/v1/decisions",
                Map.of(
                        "principal",
                        applicant,
                        "operation",
                        "FEDERATED_TRAINING",
                        "datasetId",
                        openDataset,
                        "permitId",
                        permitId,
                        "purpose",
                        Map.of(
                                "codes",
                                List.of("HMB"),
                                "commercial",
                                false,
                                "forProfit",
                                false,
                                "methodsDevelopment",
                                true),
                        "subjects",
                        List.of()),
                asNode(get("/api/v1/datasets/" + openDataset, AUDITOR)
                        .get("nodeId")
                        .asText()));
        assertThat(decision.get("allow").asBoolean()).isFalse();
        assertThat(decision.findValues("code").toString()).contains("PERMIT_NOT_YET_VALID");
    }

    @Test
    void aReviewerSeesTheOthersVotesOnlyAfterVotingAndNeverAfterAConflict() throws Exception {
        String id = submitted();
        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac", "diana.dac")), CHAIR);
        post(BASE + "/" + id + "/votes", Map.of("vote", "REJECT", "comment", "DORA-SECRET too broad"), DORA);
        post(BASE + "/" + id + "/comments", Map.of("text", "PANEL-SECRET overfitting"), DORA);
        post(BASE + "/" + id + "/conflicts", Map.of("comment", "co-author"), DIANA);

        // dirk has not voted: neither the API nor the page nor the trail tells him how dora voted
        JsonNode forDirk = get(BASE + "/" + id, DIRK);
        assertThat(forDirk.get("votesHidden").asBoolean()).isTrue();
        assertThat(forDirk.get("reviewers").findValues("vote").toString()).doesNotContain("REJECT");
        assertThat(forDirk.toString()).doesNotContain("DORA-SECRET", "PANEL-SECRET");
        String pageForDirk = page("/requests/" + id, DIRK);
        assertThat(pageForDirk).doesNotContain("DORA-SECRET", "PANEL-SECRET").contains("votes-hidden", "vote-form");
        // no default vote: the choice starts empty
        assertThat(pageForDirk).containsPattern("<option value=\"\"[^>]*selected");
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/trail/" + id).with(DIRK))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .doesNotContain("DORA-SECRET", "PANEL-SECRET", "ReviewVoteCast"));
        // an empty vote is refused and records nothing
        long before = events();
        mvc.perform(MockMvcRequestBuilders.post("/requests/" + id + "/vote")
                        .param("_form", "vote-form")
                        .param("vote", "")
                        .with(DIRK)
                        .with(csrf()))
                .andExpect(redirectedUrl("/requests/" + id));
        assertThat(events()).isEqualTo(before);

        // once he has voted, he sees them
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "fine"), DIRK);
        assertThat(get(BASE + "/" + id, DIRK).toString()).contains("DORA-SECRET", "PANEL-SECRET");
        assertThat(page("/requests/" + id, DIRK)).contains("DORA-SECRET", "PANEL-SECRET");

        // diana declared a conflict: she reads the request but never the panel's votes or comments
        JsonNode forDiana = get(BASE + "/" + id, DIANA);
        assertThat(forDiana.get("title").asText()).isNotEmpty();
        assertThat(forDiana.toString()).doesNotContain("DORA-SECRET", "PANEL-SECRET");
        assertThat(page("/requests/" + id, DIANA)).doesNotContain("DORA-SECRET", "PANEL-SECRET");
        // the chair sees everything
        assertThat(get(BASE + "/" + id, CHAIR).toString()).contains("DORA-SECRET", "PANEL-SECRET");
    }

    @Test
    void aNodeOperatorAnswersForTheirNodeAndTheEventNamesThePersonAndTheNode() throws Exception {
        String id = submitted();
        String nina = unique("nina");
        RequestPostProcessor operator = operator(nina, holder.id());
        assertThat(page("/inbox", operator)).contains("inbox-node-decisions", id);
        assertThat(page("/requests/" + id, operator)).contains("node-decision-" + guardedDataset);
        // another node's operator may not answer
        RequestPostProcessor otherOperator =
                operator(unique("olga"), registerNode("ES").id());
        long before = events();
        mvc.perform(MockMvcRequestBuilders.post("/requests/" + id + "/node-decisions")
                        .param("datasetId", guardedDataset)
                        .param("agreed", "true")
                        .with(otherOperator)
                        .with(csrf()))
                .andExpect(redirectedUrl("/requests/" + id));
        assertThat(events()).isEqualTo(before);
        mvc.perform(MockMvcRequestBuilders.post("/requests/" + id + "/node-decisions")
                        .param("datasetId", guardedDataset)
                        .param("agreed", "true")
                        .param("comment", "our ethics board agrees")
                        .with(operator)
                        .with(csrf()))
                .andExpect(redirectedUrl("/requests/" + id));
        JsonNode recorded = lastEvent(id);
        assertThat(recorded.get("type").asText()).isEqualTo("NodeDecisionRecorded");
        assertThat(recorded.at("/payload/actor").asText()).isEqualTo(nina);
        assertThat(recorded.at("/payload/nodeId").asText()).isEqualTo(holder.id());
        // the node operator's API calls act for the node too (same person, same rules)
        call(
                        org.springframework.http.HttpMethod.POST,
                        BASE + "/" + id + "/node-decisions",
                        Map.of("datasetId", guardedDataset, "agreed", false, "comment", "no"),
                        operator)
                .andExpect(problem(HttpStatus.CONFLICT, "node_already_decided"));
    }

    @Test
    void errorPagesAreInTheLayoutAndLanguageOfTheAppAndEveryAnswerCarriesTheContentSecurityPolicy() throws Exception {
        MockHttpServletResponse missing = mvc.perform(MockMvcRequestBuilders.get("/no-such-page?lang=it")
                        .accept("text/html")
                        .with(researcher))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse();
        assertThat(missing.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'");
        MockHttpServletResponse api = mvc.perform(
                        MockMvcRequestBuilders.get("/api/v1/duo-terms").with(researcher))
                .andReturn()
                .getResponse();
        assertThat(api.getHeader("Content-Security-Policy")).contains("object-src 'none'");
        MockHttpServletResponse page = mvc.perform(
                        MockMvcRequestBuilders.get("/catalogue").with(researcher))
                .andReturn()
                .getResponse();
        assertThat(page.getHeader("Content-Security-Policy")).contains("form-action 'self'");
        assertThat(page.getContentAsString())
                .doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|\\son[a-z]+=\"|\\sstyle=\"|<style");
    }

    @Test
    void listsDownloadAsCsvWithTheirFilters() throws Exception {
        String mine = draft();
        mvc.perform(MockMvcRequestBuilders.post(BASE)
                        .contentType("application/json")
                        .content(json.writeValueAsString(Map.of("title", "=HYPERLINK(\"http://evil\")")))
                        .with(researcher))
                .andExpect(status().isCreated());
        String csv = mvc.perform(MockMvcRequestBuilders.get("/requests.csv")
                        .param("title", "Federated lung")
                        .with(researcher))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(mine, "Federated lung nodule detection").doesNotContain("HYPERLINK");
        String all = mvc.perform(MockMvcRequestBuilders.get("/requests.csv").with(researcher))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // a cell a spreadsheet would run as a formula is written as text
        assertThat(all).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    }
}
