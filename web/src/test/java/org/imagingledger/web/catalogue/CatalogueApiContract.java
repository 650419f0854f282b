package org.imagingledger.web.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.at;
import static org.imagingledger.web.support.Problems.problem;
import static org.imagingledger.web.support.Problems.refused;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The catalogue API, run on H2 and on PostgreSQL by its subclasses. */
abstract class CatalogueApiContract extends ApiTestSupport {

    @Test
    void registeredNodeAuthenticatesWithItsTokenAndRegistersADataset() throws Exception {
        TestNode node = registerNode("IT");
        String datasetId = registerDataset(node, List.of("HMB", "NCU"), null, true);

        JsonNode dataset = get("/api/v1/datasets/" + datasetId, as(Role.RESEARCHER));
        assertThat(dataset.get("nodeId").asText()).isEqualTo(node.id());
        assertThat(dataset.get("duoCodes")).extracting(JsonNode::asText).containsExactly("DUO:0000006", "DUO:0000046");
        assertThat(dataset.get("duoLabels")).extracting(JsonNode::asText).containsExactly("HMB", "NCU");
        assertThat(dataset.get("cancerTypeLabel").asText()).isEqualTo("lung cancer");
    }

    @Test
    void unknownBearerTokenIsUnauthorized() throws Exception {
        call(HttpMethod.GET, "/api/v1/datasets", null, bearer("nt_not-a-token"))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "unknown_token"));
        call(HttpMethod.GET, "/api/v1/datasets", null, request -> request)
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "unauthenticated"));
    }

    @Test
    void aRoleThatMayNotIsForbiddenWithAJsonBodyAndNoEvent() throws Exception {
        long before = events();
        call(HttpMethod.POST, "/api/v1/nodes", Map.of("name", "x", "country", "IT"), as(Role.RESEARCHER))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void rotatedTokenReplacesTheOldOne() throws Exception {
        TestNode node = registerNode("FR");
        // used once before the rotation, so a remembered token would be caught
        call(HttpMethod.GET, "/api/v1/datasets", null, bearer(node.token())).andExpect(status().isOk());
        String fresh = post("/api/v1/nodes/" + node.id() + "/token", null, as(Role.GOVERNANCE_ADMIN))
                .get("token")
                .asText();
        call(HttpMethod.GET, "/api/v1/datasets", null, bearer(node.token()))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "unknown_token"));
        call(HttpMethod.GET, "/api/v1/datasets", null, bearer(fresh)).andExpect(status().isOk());
        long before = events();
        call(HttpMethod.POST, "/api/v1/nodes/node-unknown/token", null, as(Role.GOVERNANCE_ADMIN))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        JsonNode doc = json.readTree(call(HttpMethod.GET, "/v3/api-docs", null, request -> request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(doc.get("paths").has("/api/v1/datasets")).isTrue();
    }

    @Test
    void invalidDatasetIsRefusedWithFieldsAndWritesNoEvent() throws Exception {
        TestNode node = registerNode("NL");
        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/datasets",
                        Map.of(
                                "metadata",
                                Map.of(
                                        "title",
                                        "",
                                        "cancerType",
                                        "MONDO:0000000",
                                        "modalities",
                                        List.of("CT"),
                                        "subjects",
                                        10,
                                        "cases",
                                        10),
                                "conditions",
                                Map.of("codes", List.of("DS")),
                                "nodeApprovalRequired",
                                false),
                        bearer(node.token()))
                .andExpect(refused(
                        HttpStatus.BAD_REQUEST,
                        at("metadata.title", "required"),
                        at("metadata.cancerType", "unknown_mondo_term"),
                        at("conditions.disease", "required")));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void malformedJsonNamesTheField() throws Exception {
        TestNode node = registerNode("NL");
        long before = events();
        call(HttpMethod.POST, "/api/v1/datasets", "{\"metadata\": {\"subjects\": \"many\"}}", bearer(node.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "metadata.subjects", "wrong_type"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void datasetForUnknownNodeIsUnprocessable() throws Exception {
        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/datasets",
                        Map.of(
                                "nodeId",
                                "node-nowhere",
                                "metadata",
                                Map.of(
                                        "title",
                                        "t",
                                        "cancerType",
                                        "MONDO:0004992",
                                        "modalities",
                                        List.of("CT"),
                                        "subjects",
                                        1,
                                        "cases",
                                        1),
                                "conditions",
                                Map.of("codes", List.of("GRU")),
                                "nodeApprovalRequired",
                                false),
                        as(Role.GOVERNANCE_ADMIN))
                .andExpect(refused(HttpStatus.UNPROCESSABLE_ENTITY, "nodeId", "unknown_reference"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void duplicateNodeIdIsAConflictAndWritesNoEvent() throws Exception {
        TestNode node = registerNode("DE");
        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/nodes",
                        Map.of("id", node.id(), "name", "again", "country", "DE"),
                        as(Role.GOVERNANCE_ADMIN))
                .andExpect(refused(HttpStatus.CONFLICT, "id", "id_taken"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void duplicateDatasetIdIsAConflictAndWritesNoEvent() throws Exception {
        TestNode node = registerNode("DE");
        String datasetId = registerDataset(node, List.of("GRU"), null, false);
        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/datasets",
                        Map.of(
                                "id",
                                datasetId,
                                "metadata",
                                Map.of(
                                        "title",
                                        "again",
                                        "cancerType",
                                        "MONDO:0004992",
                                        "modalities",
                                        List.of("CT"),
                                        "subjects",
                                        1,
                                        "cases",
                                        1),
                                "conditions",
                                Map.of("codes", List.of("GRU")),
                                "nodeApprovalRequired",
                                false),
                        bearer(node.token()))
                .andExpect(refused(HttpStatus.CONFLICT, "id", "id_taken"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aNodeCannotTouchAnotherNodesDataset() throws Exception {
        TestNode holder = registerNode("IT");
        TestNode other = registerNode("ES");
        String datasetId = registerDataset(holder, List.of("GRU"), null, false);
        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/datasets/" + datasetId + "/retire",
                        Map.of("reason", "mine now"),
                        bearer(other.token()))
                .andExpect(problem(HttpStatus.FORBIDDEN, "not_holder"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void retiredDatasetCannotBeRetiredAgain() throws Exception {
        TestNode node = registerNode("IT");
        String datasetId = registerDataset(node, List.of("GRU"), null, false);
        post("/api/v1/datasets/" + datasetId + "/retire", Map.of("reason", "superseded"), bearer(node.token()));
        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/datasets/" + datasetId + "/retire",
                        Map.of("reason", "again"),
                        bearer(node.token()))
                .andExpect(problem(HttpStatus.CONFLICT, "dataset_retired"));
        assertThat(events()).isEqualTo(before);
        assertThat(get("/api/v1/datasets/" + datasetId, as(Role.AUDITOR))
                        .get("retired")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void trailListsTheEventsOfADatasetInOrder() throws Exception {
        TestNode node = registerNode("IT");
        String datasetId = registerDataset(node, List.of("GRU"), null, false);
        post("/api/v1/datasets/" + datasetId + "/retire", Map.of("reason", "superseded"), bearer(node.token()));
        JsonNode trail = get("/api/v1/trail/" + datasetId, as(Role.AUDITOR)).get("items");
        assertThat(trail)
                .extracting(e -> e.get("type").asText())
                .containsExactly("DatasetRegistered", "DatasetRetired");
        assertThat(trail.get(1).get("actor").asText()).isEqualTo("node:" + node.id());
        assertThat(trail.get(1).get("payload").get("reason").asText()).isEqualTo("superseded");
    }
}
