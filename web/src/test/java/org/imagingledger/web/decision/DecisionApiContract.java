package org.imagingledger.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.at;
import static org.imagingledger.web.support.Problems.problem;
import static org.imagingledger.web.support.Problems.refused;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The node decision API, run on H2 and on PostgreSQL by its subclasses. */
abstract class DecisionApiContract extends DecisionTestSupport {

    private TestNode node;
    private TestNode otherNode;
    private String dataset;
    private String permit;

    @BeforeEach
    void setUp() throws Exception {
        node = registerNode("IT");
        otherNode = registerNode("NL");
        dataset = registerDataset(node, List.of("HMB", "NCU", "IRB"), null, false);
        permit = approve("rita", List.of(dataset));
    }

    @Test
    void allowedDecisionIsRecordedWithItsExactInputBeforeTheAnswer() throws Exception {
        long before = events();
        JsonNode answer = decide(question("rita", dataset, permit, List.of()), node);

        assertThat(answer.get("allow").asBoolean()).isTrue();
        assertThat(codes(answer.get("reasons"))).containsExactly("ALLOWED");
        assertThat(codes(answer.get("obligations"))).contains("DUO:0000021", "PERMIT_CONDITION");
        assertThat(answer.get("policyRevision").asText())
                .isEqualTo(PolicyBundle.builtin().revision());
        assertThat(answer.get("recorded").asBoolean()).isTrue();
        assertThat(events()).isEqualTo(before + 1);

        String id = answer.get("decisionId").asText();
        JsonNode recorded = get("/api/v1/decisions/" + id, as(Role.AUDITOR));
        assertThat(recorded.at("/decision/nodeId").asText()).isEqualTo(node.id());
        assertThat(recorded.at("/input/question/principal").asText()).isEqualTo("rita");
        assertThat(recorded.at("/input/permit/status").asText()).isEqualTo("ACTIVE");
        assertThat(recorded.at("/input/dataset/conditions/codes").toString()).contains("DUO:0000046");
        assertThat(recorded.at("/input/now_ms").isNumber()).isTrue();
        assertThat(recorded.at("/result/allow").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ? and type = 'Decision'",
                        Long.class,
                        id))
                .isEqualTo(1L);
    }

    @Test
    void deniedDecisionNamesEveryFailedRule() throws Exception {
        post("/api/v1/permits/" + permit + "/suspend", Map.of("reason", "incident"), as(Role.DAC_CHAIR));
        Map<String, Object> question = question("mallory", dataset, permit, List.of());
        question.put("operation", "DOWNLOAD");
        JsonNode answer = decide(question, node);

        assertThat(answer.get("allow").asBoolean()).isFalse();
        assertThat(codes(answer.get("reasons")))
                .contains("PERMIT_SUSPENDED", "PRINCIPAL_NOT_ON_PERMIT", "OPERATION_NOT_ON_PERMIT");
        assertThat(answer.get("obligations")).isEmpty();
        assertThat(answer.get("recorded").asBoolean()).isTrue();
    }

    @Test
    void unknownPermitAndAnotherNodesDatasetAreDenied() throws Exception {
        JsonNode unknown = decide(question("rita", dataset, "pm-nonexistent", List.of()), node);
        assertThat(codes(unknown.get("reasons"))).contains("PERMIT_UNKNOWN");
        JsonNode notHolder = decide(question("rita", dataset, permit, List.of()), otherNode);
        assertThat(codes(notHolder.get("reasons"))).contains("NODE_NOT_HOLDER");
    }

    @Test
    void subjectsWithoutCoveringConsentAreExcluded() throws Exception {
        String consented = unique("subj");
        String withdrawn = unique("subj");
        String unknown = unique("subj");
        recordConsent(consented);
        String toWithdraw = recordConsent(withdrawn);
        call(HttpMethod.POST, "/api/v1/consents/" + toWithdraw + "/withdraw", Map.of(), bearer(node.token()))
                .andExpect(status().is2xxSuccessful());

        JsonNode answer = decide(question("rita", dataset, permit, List.of(consented, withdrawn, unknown)), node);
        assertThat(answer.get("allow").asBoolean()).isTrue();
        JsonNode exclusion = exclusion(answer);
        assertThat(exclusion.findValues("subject"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(withdrawn, unknown);
        assertThat(exclusion.toString()).contains("CONSENT_WITHDRAWN", "NO_CONSENT");

        JsonNode none = decide(question("rita", dataset, permit, List.of(withdrawn, unknown)), node);
        assertThat(none.get("allow").asBoolean()).isFalse();
        assertThat(codes(none.get("reasons"))).contains("NO_SUBJECTS_REMAIN");
    }

    private static JsonNode exclusion(JsonNode answer) {
        for (JsonNode obligation : answer.get("obligations")) {
            if ("EXCLUDE_SUBJECTS".equals(obligation.get("code").asText())) {
                return obligation.get("subjects");
            }
        }
        throw new AssertionError("no EXCLUDE_SUBJECTS obligation in " + answer);
    }

    private String recordConsent(String pseudonym) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("id", unique("consent"));
        body.put("pseudonym", pseudonym);
        body.put("datasets", List.of(dataset));
        body.put("purposes", List.of("HMB"));
        body.put("disease", null);
        body.put("validUntil", null);
        return post("/api/v1/consents", body, bearer(node.token())).get("id").asText();
    }

    @Test
    void malformedQuestionIsRefusedNamingEachFieldAndNothingIsRecorded() throws Exception {
        long before = events();
        Map<String, Object> question = question("rita", dataset, permit, List.of());
        question.put("operation", "PRINT");
        question.put("colour", "red");
        @SuppressWarnings("unchecked")
        Map<String, Object> purpose = (Map<String, Object>) question.get("purpose");
        purpose.remove("commercial");
        purpose.put("codes", List.of("DUO:0000006", "NOPE"));

        ask(question, node)
                .andExpect(refused(
                        HttpStatus.BAD_REQUEST,
                        at("colour", "unknown_field"),
                        at("operation", "not_one_of"),
                        at("purpose.codes[1]", "unknown_duo_term"),
                        at("purpose.commercial", "required")));
        ask("{not json", node).andExpect(refused(HttpStatus.BAD_REQUEST, "body", "not_json"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void onlyNodesAskAndOnlyWithAValidToken() throws Exception {
        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/decisions",
                        question("rita", dataset, permit, List.of()),
                        as(Role.GOVERNANCE_ADMIN))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        call(HttpMethod.POST, "/api/v1/decisions", question("rita", dataset, permit, List.of()), bearer("nt_forged"))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "unknown_token"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void batchAnswersEveryQuestionInOrderAndRefusesAllWhenOneIsMalformed() throws Exception {
        long before = events();
        JsonNode answers = post(
                        "/api/v1/decisions/batch",
                        Map.of(
                                "questions",
                                List.of(
                                        question("rita", dataset, permit, List.of()),
                                        question("mallory", dataset, permit, List.of()),
                                        question("team.member", dataset, permit, List.of()))),
                        bearer(node.token()))
                .get("decisions");
        assertThat(answers).hasSize(3);
        assertThat(answers).extracting(a -> a.get("allow").asBoolean()).containsExactly(true, false, true);
        assertThat(events()).isEqualTo(before + 3);

        Map<String, Object> broken = question("rita", dataset, permit, List.of());
        broken.remove("operation");
        call(
                        HttpMethod.POST,
                        "/api/v1/decisions/batch",
                        Map.of("questions", List.of(question("rita", dataset, permit, List.of()), broken)),
                        bearer(node.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "questions[1].operation", "required"));
        assertThat(events()).isEqualTo(before + 3);
    }

    @Test
    void replayReproducesTheRecordedResult() throws Exception {
        String allowed = decide(question("rita", dataset, permit, List.of()), node)
                .get("decisionId")
                .asText();
        String denied = decide(question("mallory", dataset, permit, List.of()), node)
                .get("decisionId")
                .asText();
        for (String id : List.of(allowed, denied)) {
            JsonNode replay = get("/api/v1/decisions/" + id + "/replay", as(Role.AUDITOR));
            assertThat(replay.get("identical").asBoolean()).isTrue();
            assertThat(replay.get("inputIntact").asBoolean()).isTrue();
            assertThat(replay.get("replayed")).isEqualTo(replay.get("recorded"));
        }
    }

    @Test
    void logFiltersAndNodesSeeOnlyTheirOwnDecisions() throws Exception {
        String principal = unique("user");
        String mine = decide(question(principal, dataset, permit, List.of()), node)
                .get("decisionId")
                .asText();
        decide(question("rita", dataset, permit, List.of()), node);

        JsonNode byPrincipal = get("/api/v1/decisions?principal=" + principal, as(Role.DAC_MEMBER))
                .get("items");
        assertThat(byPrincipal).extracting(d -> d.get("decisionId").asText()).containsExactly(mine);
        assertThat(byPrincipal.get(0).get("replay").asText()).isEqualTo("/api/v1/decisions/" + mine + "/replay");
        JsonNode denials = get("/api/v1/decisions?node=" + node.id() + "&result=deny", as(Role.AUDITOR))
                .get("items");
        assertThat(denials)
                .extracting(d -> d.get("allow").asBoolean())
                .containsOnly(false)
                .isNotEmpty();
        JsonNode allowed = get(
                        "/api/v1/decisions?dataset=" + dataset + "&result=allow&revision="
                                + PolicyBundle.builtin().revision(),
                        as(Role.AUDITOR))
                .get("items");
        assertThat(allowed)
                .extracting(d -> d.get("allow").asBoolean())
                .containsOnly(true)
                .isNotEmpty();
        assertThat(get("/api/v1/decisions?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z", as(Role.AUDITOR))
                        .get("items"))
                .isEmpty();
        call(HttpMethod.GET, "/api/v1/decisions?result=maybe", null, as(Role.AUDITOR))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "result", "not_one_of"));

        assertThat(get("/api/v1/decisions?principal=" + principal, bearer(otherNode.token()))
                        .get("items"))
                .isEmpty();
        call(HttpMethod.GET, "/api/v1/decisions/" + mine, null, bearer(otherNode.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(get("/api/v1/decisions/" + mine, bearer(node.token()))
                        .at("/decision/decisionId")
                        .asText())
                .isEqualTo(mine);
        call(HttpMethod.GET, "/api/v1/decisions", null, as(Role.RESEARCHER))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
    }
}
