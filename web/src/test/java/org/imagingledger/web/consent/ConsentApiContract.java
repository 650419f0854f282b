package org.imagingledger.web.consent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.PermitTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.at;
import static org.imagingledger.web.support.Problems.problem;
import static org.imagingledger.web.support.Problems.refused;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Consent, withdrawal and notice acknowledgement through the API, on H2 and on PostgreSQL. */
abstract class ConsentApiContract extends PermitTestSupport {

    private TestNode node;
    private TestNode otherNode;
    private String dataset;
    private String otherDataset;

    @BeforeEach
    void setUp() throws Exception {
        node = registerNode("IT");
        otherNode = registerNode("NL");
        dataset = registerDataset(node, List.of("HMB"), null, false);
        otherDataset = registerDataset(otherNode, List.of("GRU"), null, false);
    }

    private Map<String, Object> consent(String pseudonym, List<String> datasets, List<String> purposes) {
        Map<String, Object> body = new HashMap<>();
        body.put("pseudonym", pseudonym);
        body.put("datasets", datasets);
        body.put("purposes", purposes);
        return body;
    }

    private String record(String pseudonym) throws Exception {
        return post(
                        "/api/v1/consents",
                        consent(pseudonym, List.of(dataset), List.of("HMB", "GRU")),
                        bearer(node.token()))
                .get("id")
                .asText();
    }

    private JsonNode notices(String consentId) throws Exception {
        return get("/api/v1/consents/" + consentId, as(Role.AUDITOR)).get("notices");
    }

    private String noticeId(JsonNode notices, String kind) {
        for (JsonNode n : notices) {
            if (n.get("recipientKind").asText().equals(kind)) {
                return n.get("id").asText();
            }
        }
        throw new AssertionError("no " + kind + " notice in " + notices);
    }

    @Test
    void nodeRecordsChangesAndReadsItsConsent() throws Exception {
        String id = record(unique("PSN"));
        JsonNode consent = get("/api/v1/consents/" + id, bearer(node.token()));
        assertThat(consent.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(consent.get("purposes")).extracting(JsonNode::asText).containsExactly("DUO:0000006", "DUO:0000042");
        String changed = call(
                        HttpMethod.PUT,
                        "/api/v1/consents/" + id + "/scope",
                        Map.of("datasets", List.of(dataset), "purposes", List.of("DS"), "disease", "MONDO:0007254"),
                        bearer(node.token()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json.readTree(changed).get("scopeChanges").asInt()).isEqualTo(1);
        assertThat(json.readTree(changed).get("purposeLabels"))
                .extracting(JsonNode::asText)
                .containsExactly("DS");
        call(HttpMethod.GET, "/api/v1/consents/" + id, null, bearer(otherNode.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(get("/api/v1/consents", bearer(otherNode.token())).findValues("id"))
                .extracting(JsonNode::asText)
                .doesNotContain(id);
        assertThat(get("/api/v1/consents", bearer(node.token())).findValues("id"))
                .extracting(JsonNode::asText)
                .containsExactly(id);
    }

    @Test
    void refusalsWriteNoEvent() throws Exception {
        String pseudonym = unique("PSN");
        String id = record(pseudonym);
        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/consents",
                        consent(pseudonym, List.of(dataset), List.of("GRU")),
                        bearer(node.token()))
                .andExpect(problem(HttpStatus.CONFLICT, "consent_exists"));
        call(
                        HttpMethod.POST,
                        "/api/v1/consents",
                        consent("Mario Rossi", List.of(dataset), List.of("XYZ")),
                        bearer(node.token()))
                .andExpect(refused(
                        HttpStatus.BAD_REQUEST,
                        at("pseudonym", "not_identifier"),
                        at("purposes[0]", "unknown_duo_term")));
        call(
                        HttpMethod.POST,
                        "/api/v1/consents",
                        consent(unique("PSN"), List.of(otherDataset), List.of("GRU")),
                        bearer(node.token()))
                .andExpect(problem(HttpStatus.FORBIDDEN, "not_holder"));
        call(
                        HttpMethod.POST,
                        "/api/v1/consents",
                        consent(unique("PSN"), List.of("ds-nowhere"), List.of("GRU")),
                        bearer(node.token()))
                .andExpect(refused(HttpStatus.UNPROCESSABLE_ENTITY, "datasets[0]", "unknown_reference"));
        call(
                        HttpMethod.PUT,
                        "/api/v1/consents/" + id + "/scope",
                        Map.of("datasets", List.of(dataset), "purposes", List.of("GRU")),
                        bearer(otherNode.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(HttpMethod.POST, "/api/v1/consents/" + id + "/withdraw", null, bearer(otherNode.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(HttpMethod.POST, "/api/v1/consents/cs-nowhere/withdraw", null, bearer(node.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void withdrawalNotifiesTheHoldingNodeAndEveryLivePermitThenTracksAcknowledgements() throws Exception {
        String rita = unique("rita");
        String live = approve(rita, List.of(dataset, otherDataset));
        String revoked = approve("remo", List.of(dataset));
        post("/api/v1/permits/" + revoked + "/revoke", Map.of("reason", "ended"), as(Role.DAC_CHAIR));
        String pseudonym = unique("PSN");
        String id = record(pseudonym);

        JsonNode withdrawn = post("/api/v1/consents/" + id + "/withdraw", null, bearer(node.token()));
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        JsonNode notices = withdrawn.get("notices");
        assertThat(notices.findValues("recipientId"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(node.id(), live);
        String nodeNotice = noticeId(notices, "NODE");
        String permitNotice = noticeId(notices, "PERMIT");
        assertThat(nodeNotice).isEqualTo(id + "~NODE~" + node.id());
        assertThat(notices.get(0).get("pending").asBoolean()).isTrue();

        assertThat(get("/api/v1/withdrawal-notices?pending=true", bearer(node.token()))
                        .findValues("id"))
                .extracting(JsonNode::asText)
                .containsExactly(nodeNotice);
        assertThat(get("/api/v1/withdrawal-notices", as(rita, Role.RESEARCHER)).findValues("id"))
                .extracting(JsonNode::asText)
                .containsExactly(permitNotice);

        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/withdrawal-notices/" + nodeNotice + "/acknowledge",
                        null,
                        bearer(otherNode.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(
                        HttpMethod.POST,
                        "/api/v1/withdrawal-notices/" + nodeNotice + "/acknowledge",
                        null,
                        as(Role.GOVERNANCE_ADMIN))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(
                        HttpMethod.POST,
                        "/api/v1/withdrawal-notices/" + permitNotice + "/acknowledge",
                        null,
                        as("remo", Role.RESEARCHER))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(HttpMethod.POST, "/api/v1/withdrawal-notices/" + permitNotice + "/acknowledge", null, bearer(node.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(
                        HttpMethod.POST,
                        "/api/v1/withdrawal-notices/" + id + "~NODE~nowhere/acknowledge",
                        null,
                        bearer(node.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(HttpMethod.POST, "/api/v1/consents/" + id + "/withdraw", null, bearer(node.token()))
                .andExpect(problem(HttpStatus.CONFLICT, "consent_withdrawn"));
        call(
                        HttpMethod.PUT,
                        "/api/v1/consents/" + id + "/scope",
                        Map.of("datasets", List.of(dataset), "purposes", List.of("GRU")),
                        bearer(node.token()))
                .andExpect(problem(HttpStatus.CONFLICT, "consent_withdrawn"));
        assertThat(events()).isEqualTo(before);

        JsonNode acked = post("/api/v1/withdrawal-notices/" + nodeNotice + "/acknowledge", null, bearer(node.token()));
        assertThat(acked.get("pending").asBoolean()).isFalse();
        assertThat(acked.get("acknowledgedBy").asText()).isEqualTo("node:" + node.id());
        assertThat(acked.get("timeToAcknowledgeSeconds").asLong()).isGreaterThanOrEqualTo(0);
        call(HttpMethod.POST, "/api/v1/withdrawal-notices/" + nodeNotice + "/acknowledge", null, bearer(node.token()))
                .andExpect(problem(HttpStatus.CONFLICT, "already_acknowledged"));
        post("/api/v1/withdrawal-notices/" + permitNotice + "/acknowledge", null, as(rita, Role.RESEARCHER));
        assertThat(notices(id).findValues("pending"))
                .extracting(JsonNode::asBoolean)
                .containsOnly(false);

        // a new consent for the same subject is possible once the old one is withdrawn
        assertThat(record(pseudonym)).isNotEqualTo(id);
        JsonNode all =
                get("/api/v1/withdrawal-notices?size=500", as(Role.AUDITOR)).get("items");
        boolean seenAcknowledged = false;
        for (JsonNode n : all) {
            if (!n.get("pending").asBoolean()) {
                seenAcknowledged = true;
            } else {
                assertThat(seenAcknowledged).as("pending notices come first").isFalse();
            }
        }
        JsonNode trail = get("/api/v1/trail/" + id, as(Role.AUDITOR));
        assertThat(trail.findValues("type"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        "ConsentRecorded",
                        "ConsentWithdrawn",
                        "WithdrawalNoticeIssued",
                        "WithdrawalNoticeIssued",
                        "WithdrawalNoticeAcknowledged",
                        "WithdrawalNoticeAcknowledged");
    }

    @Test
    void governanceAdminAcknowledgesForAPermitHolder() throws Exception {
        approve("rita", List.of(dataset));
        String id = record(unique("PSN"));
        JsonNode notices = post("/api/v1/consents/" + id + "/withdraw", null, bearer(node.token()))
                .get("notices");
        String permitNotice = noticeId(notices, "PERMIT");
        JsonNode acked =
                post("/api/v1/withdrawal-notices/" + permitNotice + "/acknowledge", null, as(Role.GOVERNANCE_ADMIN));
        assertThat(acked.get("acknowledgedBy").asText()).isEqualTo("governance_admin");
    }
}
