package org.imagingledger.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.imagingledger.application.shared.Role;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.at;
import static org.imagingledger.web.support.Problems.problem;
import static org.imagingledger.web.support.Problems.refused;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every refusal of the API is an RFC 9457 problem detail with a stable code and the broken
 * fields named as JSON paths, worded in the caller's language; bodies are read strictly; and a
 * refused call writes no event.
 */
class ProblemDetailsTest extends DecisionTestSupport {

    private static final String REQUESTS = "/api/v1/access-requests";

    private final RequestPostProcessor researcher = as(unique("rita"), Role.RESEARCHER);
    private TestNode node;

    @BeforeEach
    void aNode() throws Exception {
        node = registerNode("IT");
    }

    // ---- language ------------------------------------------------------------------------

    @Test
    void aRefusalIsWordedInEnglishByDefaultAndInItalianWhenAsked() throws Exception {
        Properties english = bundle("messages/problems.properties");
        Properties italian = bundle("messages/problems_it.properties");
        assertThat(italian.getProperty("problem.required")).isNotEqualTo(english.getProperty("problem.required"));
        Map<String, Object> nameless = Map.of("country", "IT");
        long before = events();

        JsonNode inEnglish = body(call(HttpMethod.POST, "/api/v1/nodes", nameless, as(Role.GOVERNANCE_ADMIN))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "name", "required")));
        assertThat(inEnglish.get("title").asText()).isEqualTo(english.getProperty("problem.title.400"));
        assertThat(inEnglish.at("/violations/0/message").asText()).isEqualTo(english.getProperty("problem.required"));

        JsonNode inItalian = body(mvc.perform(request(HttpMethod.POST, "/api/v1/nodes")
                        .with(as(Role.GOVERNANCE_ADMIN))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "it")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(nameless)))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "name", "required")));
        assertThat(inItalian.get("title").asText()).isEqualTo(italian.getProperty("problem.title.400"));
        assertThat(inItalian.at("/violations/0/message").asText()).isEqualTo(italian.getProperty("problem.required"));
        assertThat(inItalian.get("detail").asText()).contains(italian.getProperty("problem.required"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theSecurityFiltersAnswerInTheCallersLanguageToo() throws Exception {
        Properties italian = bundle("messages/problems_it.properties");
        JsonNode refusal = body(mvc.perform(request(HttpMethod.GET, "/api/v1/datasets")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "it")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "unauthenticated")));
        assertThat(refusal.get("title").asText()).isEqualTo(italian.getProperty("problem.title.401"));
        assertThat(refusal.get("detail").asText()).isEqualTo(italian.getProperty("problem.unauthenticated"));
    }

    // ---- strict bodies -------------------------------------------------------------------

    private static Map<String, Object> purpose() {
        Map<String, Object> purpose = new HashMap<>();
        purpose.put("codes", List.of("HMB"));
        purpose.put("commercial", false);
        purpose.put("forProfit", false);
        purpose.put("methodsDevelopment", true);
        return purpose;
    }

    private static Map<String, Object> draft(Map<String, Object> purpose) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Federated lung nodule detection");
        body.put("purpose", purpose);
        return body;
    }

    @Test
    void theWellFormedBodyIsAccepted() throws Exception {
        long before = events();
        String id = post(REQUESTS, draft(purpose()), researcher).get("id").asText();
        assertThat(events()).isEqualTo(before + 1);
        JsonNode saved = get(REQUESTS + "/" + id, researcher);
        assertThat(saved.get("status").asText()).isEqualTo("DRAFT");
        assertThat(saved.get("commercial").asBoolean()).isFalse();
        assertThat(saved.get("forProfit").asBoolean()).isFalse();
        assertThat(saved.get("methodsDevelopment").asBoolean()).isTrue();
    }

    @Test
    void anUnknownFieldIsRefusedWithItsJsonPath() throws Exception {
        long before = events();
        Map<String, Object> body = draft(purpose());
        body.put("colour", "red");
        call(HttpMethod.POST, REQUESTS, body, researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "colour", "unknown_field"));

        Map<String, Object> misspelt = purpose();
        misspelt.put("comercial", true);
        call(HttpMethod.POST, REQUESTS, draft(misspelt), researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "purpose.comercial", "unknown_field"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aMissingPurposeFlagIsRequiredNotDefaulted() throws Exception {
        long before = events();
        Map<String, Object> purpose = purpose();
        purpose.remove("forProfit");
        call(HttpMethod.POST, REQUESTS, draft(purpose), researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "purpose.forProfit", "required"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aFlagWrittenAsAStringIsTheWrongType() throws Exception {
        long before = events();
        Map<String, Object> purpose = purpose();
        purpose.put("commercial", "true");
        call(HttpMethod.POST, REQUESTS, draft(purpose), researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "purpose.commercial", "wrong_type"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aDatasetWithoutItsSubjectCountIsRefused() throws Exception {
        long before = events();
        Map<String, Object> metadata = new HashMap<>(Map.of(
                "title", "Lung CT cohort", "cancerType", "MONDO:0008903", "modalities", List.of("CT"), "cases", 400));
        call(
                        HttpMethod.POST,
                        "/api/v1/datasets",
                        Map.of(
                                "id",
                                unique("ds"),
                                "metadata",
                                metadata,
                                "conditions",
                                Map.of("codes", List.of("GRU")),
                                "nodeApprovalRequired",
                                false),
                        bearer(node.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "metadata.subjects", "required"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anExplicitNullForAFlagIsRequired() throws Exception {
        long before = events();
        Map<String, Object> purpose = purpose();
        purpose.put("methodsDevelopment", null);
        call(HttpMethod.POST, REQUESTS, draft(purpose), researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "purpose.methodsDevelopment", "required"));
        assertThat(events()).isEqualTo(before);
    }

    /** No scalar coercion: a number is not text, as "true" is not a flag. */
    @Test
    void aNumberWhereTextBelongsIsTheWrongType() throws Exception {
        long before = events();
        Map<String, Object> body = draft(purpose());
        body.put("title", 5);
        call(HttpMethod.POST, REQUESTS, body, researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "title", "wrong_type"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsNotJson() throws Exception {
        long before = events();
        call(HttpMethod.POST, REQUESTS, "{not json", researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "body", "not_json"));
        call(HttpMethod.POST, REQUESTS, "{\"title\": \"x\"} {}", researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "body", "not_json"));
        call(HttpMethod.POST, "/api/v1/datasets", "{not json", bearer(node.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "body", "not_json"));
        assertThat(events()).isEqualTo(before);
    }

    /** A document cut off inside a value is not JSON: its field does not have "the wrong type". */
    @Test
    void aTruncatedDocumentIsNotJson() throws Exception {
        long before = events();
        call(HttpMethod.POST, REQUESTS, "{\"title\": \"unfinished", researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "body", "not_json"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonAtAllIs415() throws Exception {
        long before = events();
        mvc.perform(request(HttpMethod.POST, REQUESTS)
                        .with(researcher)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("hi"))
                .andExpect(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aMethodThePathDoesNotTakeIs405() throws Exception {
        mvc.perform(request(HttpMethod.DELETE, "/api/v1/nodes").with(as(Role.GOVERNANCE_ADMIN)))
                .andExpect(problem(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed"));
    }

    // ---- security ------------------------------------------------------------------------

    @Test
    void withoutCredentialsOrWithAnUnknownTokenTheAnswerIs401() throws Exception {
        long before = events();
        call(HttpMethod.GET, "/api/v1/datasets", null, request -> request)
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "unauthenticated"));
        call(HttpMethod.POST, REQUESTS, draft(purpose()), request -> request)
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "unauthenticated"));
        call(HttpMethod.GET, "/api/v1/datasets", null, bearer("nt_no-such-token"))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "unknown_token"));
        call(HttpMethod.POST, "/api/v1/decisions", "{}", bearer("nt_no-such-token"))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "unknown_token"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aRoleThatMayNotCallAnEndpointIs403() throws Exception {
        long before = events();
        call(HttpMethod.POST, "/api/v1/nodes", Map.of("name", "Rogue hospital", "country", "IT"), as(Role.RESEARCHER))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        call(HttpMethod.POST, REQUESTS, draft(purpose()), bearer(node.token()))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        assertThat(events()).isEqualTo(before);
    }

    // ---- ids -----------------------------------------------------------------------------

    @Test
    void aNodeIdThatExistsIsTaken() throws Exception {
        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/nodes",
                        Map.of("id", node.id(), "name", "Again", "country", "IT"),
                        as(Role.GOVERNANCE_ADMIN))
                .andExpect(refused(HttpStatus.CONFLICT, "id", "id_taken"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aDatasetIdThatExistsIsTaken() throws Exception {
        String id = registerDataset(node, List.of("GRU"), null, false);
        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/datasets",
                        Map.of(
                                "id",
                                id,
                                "metadata",
                                Map.of(
                                        "title",
                                        "Another cohort",
                                        "cancerType",
                                        "MONDO:0008903",
                                        "modalities",
                                        List.of("MR"),
                                        "subjects",
                                        10,
                                        "cases",
                                        10),
                                "conditions",
                                Map.of("codes", List.of("GRU")),
                                "nodeApprovalRequired",
                                false),
                        bearer(node.token()))
                .andExpect(refused(HttpStatus.CONFLICT, "id", "id_taken"));
        assertThat(events()).isEqualTo(before);
        assertThat(get("/api/v1/datasets/" + id, as(Role.AUDITOR)).get("title").asText())
                .isEqualTo("Lung CT cohort");
    }

    // ---- the decision API's camelCase ----------------------------------------------------

    @Test
    void theDecisionApiTakesCamelCaseAndRefusesTheOldSnakeCase() throws Exception {
        String dataset = registerDataset(node, List.of("HMB"), null, false);
        String permit = approve("rita", List.of(dataset));

        long before = events();
        JsonNode answer = decide(question("rita", dataset, permit, List.of()), node);
        assertThat(answer.get("allow").asBoolean()).isTrue();
        assertThat(answer.get("decisionId").asText()).isNotBlank();
        assertThat(answer.get("policyRevision").asText())
                .isEqualTo(PolicyBundle.builtin().revision());
        assertThat(answer.has("decision_id")).isFalse();
        assertThat(answer.has("policy_revision")).isFalse();
        assertThat(events()).isEqualTo(before + 1);

        before = events();
        Map<String, Object> old = question("rita", dataset, permit, List.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> purpose = (Map<String, Object>) old.get("purpose");
        purpose.put("for_profit", purpose.remove("forProfit"));
        ask(old, node)
                .andExpect(refused(
                        HttpStatus.BAD_REQUEST,
                        at("purpose.for_profit", "unknown_field"),
                        at("purpose.forProfit", "required")));

        Map<String, Object> oldTop = question("rita", dataset, permit, List.of());
        oldTop.put("dataset_id", oldTop.remove("datasetId"));
        ask(oldTop, node)
                .andExpect(refused(
                        HttpStatus.BAD_REQUEST, at("dataset_id", "unknown_field"), at("datasetId", "required")));
        assertThat(events()).isEqualTo(before);
    }

    // ---- helpers -------------------------------------------------------------------------

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemDetailsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
