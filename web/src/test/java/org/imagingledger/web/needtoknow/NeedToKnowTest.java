package org.imagingledger.web.needtoknow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;

/**
 * Each role reads what its work needs and no more: another node's records answer 404 whether or
 * not they exist, a node never reads a draft, a node asking about another node's permit learns
 * nothing of it, and subjects (pseudonyms, consent scope) are for the recording node, auditors and
 * governance admins only — the DAC sees how many there are.
 */
class NeedToKnowTest extends DecisionTestSupport {

    @Test
    void anotherNodesRecordsAnswer404WhetherOrNotTheyExist() throws Exception {
        TestNode a = registerNode("IT");
        TestNode b = registerNode("ES");
        String dataset = registerDataset(a, List.of("GRU"), null, false);
        String consent = post(
                        "/api/v1/consents",
                        Map.of("pseudonym", unique("PSN"), "datasets", List.of(dataset), "purposes", List.of("GRU")),
                        bearer(a.token()))
                .get("id")
                .asText();
        String permit = approve("rita", List.of(dataset));
        long before = events();

        for (String path : List.of("/api/v1/consents/" + consent, "/api/v1/permits/" + permit)) {
            call(HttpMethod.GET, path, null, bearer(b.token())).andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        }
        call(HttpMethod.GET, "/api/v1/consents/no-such-consent", null, bearer(b.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(
                        HttpMethod.PUT,
                        "/api/v1/consents/" + consent + "/scope",
                        Map.of("datasets", List.of(dataset), "purposes", List.of("GRU")),
                        bearer(b.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(HttpMethod.POST, "/api/v1/consents/" + consent + "/withdraw", null, bearer(b.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(events()).isEqualTo(before);

        JsonNode withdrawn = post("/api/v1/consents/" + consent + "/withdraw", null, bearer(a.token()));
        String notice = withdrawn.at("/notices/0/id").asText();
        call(HttpMethod.POST, "/api/v1/withdrawal-notices/" + notice + "/acknowledge", null, bearer(b.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(get("/api/v1/consents/" + consent, bearer(a.token()))
                        .get("id")
                        .asText())
                .isEqualTo(consent);
    }

    @Test
    void aNodeNeverReadsADraftButReadsTheSubmittedRequestNamingItsData() throws Exception {
        TestNode node = registerNode("PT");
        TestNode other = registerNode("GR");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String applicant = unique("rita");
        register(applicant, Role.RESEARCHER);
        String request = post(
                        "/api/v1/access-requests",
                        Map.of("title", "Draft naming the node's data", "datasets", List.of(dataset)),
                        as(applicant, Role.RESEARCHER))
                .get("id")
                .asText();
        call(HttpMethod.GET, "/api/v1/access-requests/" + request, null, bearer(node.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(HttpMethod.GET, "/api/v1/access-requests/" + request, null, bearer(other.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(HttpMethod.GET, "/api/v1/access-requests/" + request, null, as(unique("remo"), Role.RESEARCHER))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(get("/api/v1/access-requests/" + request, as(applicant, Role.RESEARCHER))
                        .get("id")
                        .asText())
                .isEqualTo(request);
    }

    @Test
    void aNodeAskingAboutAnotherNodesPermitLearnsNothingOfIt() throws Exception {
        TestNode holder = registerNode("NL");
        TestNode curious = registerNode("BE");
        String theirs = registerDataset(holder, List.of("GRU"), null, false);
        String mine = registerDataset(curious, List.of("GRU"), null, false);
        String permit = approve("rita", List.of(theirs));
        JsonNode answer = decide(question("mallory", mine, permit, List.of()), curious);
        assertThat(answer.get("allow").asBoolean()).isFalse();
        assertThat(codes(answer.get("reasons"))).contains("PERMIT_UNKNOWN").doesNotContain("PRINCIPAL_NOT_ON_PERMIT");
        assertThat(answer.get("obligations").toString()).doesNotContain("publish results");
        JsonNode recorded = get("/api/v1/decisions/" + answer.get("decisionId").asText(), bearer(curious.token()));
        assertThat(json.readTree(recorded.get("input").toString()).get("permit").isNull())
                .isTrue();
        assertThat(recorded.toString()).doesNotContain("rita").doesNotContain("team.member");
    }

    @Test
    void subjectsAreForTheRecordingNodeAuditorsAndAdminsTheDacSeesCounts() throws Exception {
        TestNode node = registerNode("AT");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String permit = approve("rita", List.of(dataset));
        String consenting = unique("PSN-IN");
        String missing = unique("PSN-OUT");
        String consent = post(
                        "/api/v1/consents",
                        Map.of("pseudonym", consenting, "datasets", List.of(dataset), "purposes", List.of("GRU")),
                        bearer(node.token()))
                .get("id")
                .asText();
        String decision = decide(question("rita", dataset, permit, List.of(consenting, missing)), node)
                .get("decisionId")
                .asText();

        for (Role dac : List.of(Role.DAC_MEMBER, Role.DAC_CHAIR)) {
            String trail = get("/api/v1/trail/" + consent, as(dac)).toString();
            assertThat(trail).doesNotContain(consenting).contains("[hidden]");
            JsonNode seen = get("/api/v1/decisions/" + decision, as(dac));
            assertThat(seen.toString()).doesNotContain(consenting).doesNotContain(missing);
            JsonNode input = seen.get("input");
            assertThat(input.at("/question/subject_count").asInt()).isEqualTo(2);
            assertThat(input.at("/consent_counts/ACTIVE").asInt()).isEqualTo(1);
            assertThat(get("/api/v1/decisions/" + decision + "/replay", as(dac)).toString())
                    .doesNotContain(missing);
            assertThat(get("/api/v1/trail/" + decision, as(dac)).toString())
                    .doesNotContain(consenting)
                    .doesNotContain(missing);
        }
        for (Role sees : List.of(Role.AUDITOR, Role.GOVERNANCE_ADMIN)) {
            assertThat(get("/api/v1/trail/" + consent, as(sees)).toString()).contains(consenting);
            assertThat(get("/api/v1/decisions/" + decision, as(sees)).toString())
                    .contains(consenting, missing);
        }
        assertThat(get("/api/v1/decisions/" + decision, bearer(node.token())).toString())
                .contains(consenting, missing);
    }
}
