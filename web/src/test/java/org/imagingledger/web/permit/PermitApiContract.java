package org.imagingledger.web.permit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.permit.PermitExpiry;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.PermitTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.at;
import static org.imagingledger.web.support.Problems.problem;
import static org.imagingledger.web.support.Problems.refused;

/** The permit and data-use API over a permit's whole life, run on H2 and on PostgreSQL by its subclasses. */
abstract class PermitApiContract extends PermitTestSupport {

    @Autowired
    PermitExpiry expiry;

    @Autowired
    Clock clock;

    private TestNode node;
    private TestNode otherNode;
    private String dataset;
    private String otherDataset;
    private String permitId;

    @BeforeEach
    void setUp() throws Exception {
        node = registerNode("IT");
        otherNode = registerNode("ES");
        dataset = registerDataset(node, List.of("HMB"), null, false);
        otherDataset = registerDataset(otherNode, List.of("GRU"), null, false);
        permitId = approve("rita", List.of(dataset));
    }

    private JsonNode trail(String id) throws Exception {
        return get("/api/v1/trail/" + id + "?size=500", as(Role.AUDITOR)).get("items");
    }

    private List<String> types(String id) throws Exception {
        return trail(id).findValues("type").stream().map(JsonNode::asText).toList();
    }

    @Test
    void approvalIssuesThePermitWithItsWholeScope() throws Exception {
        JsonNode permit = get("/api/v1/permits/" + permitId, as(Role.DAC_MEMBER));
        assertThat(permit.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(permit.get("holder").asText()).isEqualTo("rita");
        assertThat(permit.get("members")).extracting(JsonNode::asText).containsExactly("rita", "team.member");
        assertThat(permit.get("datasets")).extracting(JsonNode::asText).containsExactly(dataset);
        assertThat(permit.get("purposeCodes")).extracting(JsonNode::asText).containsExactly("DUO:0000006");
        assertThat(permit.get("conditions")).extracting(JsonNode::asText).containsExactly("publish results, openly");
        assertThat(types(permitId)).containsExactly("PermitIssued");
    }

    @Test
    void chairSuspendsReinstatesExtendsAndRevokes() throws Exception {
        post("/api/v1/permits/" + permitId + "/suspend", Map.of("reason", "breach under review"), as(Role.DAC_CHAIR));
        assertThat(get("/api/v1/permits/" + permitId, as(Role.AUDITOR))
                        .get("status")
                        .asText())
                .isEqualTo("SUSPENDED");
        post(
                "/api/v1/permits/" + permitId + "/reinstate",
                Map.of("reason", "the audit found nothing"),
                as(Role.DAC_CHAIR));
        Instant until = Instant.now().plus(Duration.ofDays(500)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonNode extended = post(
                "/api/v1/permits/" + permitId + "/extend",
                Map.of("validUntil", until.toString(), "reason", "cohort grew"),
                as(Role.DAC_CHAIR));
        assertThat(Instant.parse(extended.get("validUntil").asText())).isEqualTo(until);
        JsonNode revoked =
                post("/api/v1/permits/" + permitId + "/revoke", Map.of("reason", "misuse"), as(Role.GOVERNANCE_ADMIN));
        assertThat(revoked.get("status").asText()).isEqualTo("REVOKED");
        assertThat(revoked.get("statusReason").asText()).isEqualTo("misuse");
        assertThat(types(permitId))
                .containsExactly(
                        "PermitIssued", "PermitSuspended", "PermitReinstated", "PermitExtended", "PermitRevoked");
        assertThat(trail(permitId).get(4).get("actor").asText()).isEqualTo("governance_admin");
    }

    @Test
    void refusalsNameTheProblemAndWriteNoEvent() throws Exception {
        long before = events();
        call(HttpMethod.POST, "/api/v1/permits/" + permitId + "/suspend", Map.of("reason", " "), as(Role.DAC_CHAIR))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "reason", "required"));
        call(
                        HttpMethod.POST,
                        "/api/v1/permits/" + permitId + "/reinstate",
                        Map.of("reason", "the audit found nothing"),
                        as(Role.DAC_CHAIR))
                .andExpect(problem(HttpStatus.CONFLICT, "state_forbids"));
        call(
                        HttpMethod.POST,
                        "/api/v1/permits/" + permitId + "/extend",
                        Map.of("validUntil", Instant.now().toString(), "reason", "shorter"),
                        as(Role.DAC_CHAIR))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "newValidUntil", "not_after"));
        call(
                        HttpMethod.POST,
                        "/api/v1/permits/" + permitId + "/extend",
                        "{\"validUntil\":\"next year\"}",
                        as(Role.DAC_CHAIR))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "validUntil", "wrong_type"));
        call(HttpMethod.POST, "/api/v1/permits/pm-nowhere/revoke", Map.of("reason", "r"), as(Role.DAC_CHAIR))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(HttpMethod.GET, "/api/v1/permits/pm-nowhere", null, as(Role.AUDITOR))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void researchersSeeTheirOwnPermitsAndNodesThoseCoveringTheirData() throws Exception {
        String remos = approve("remo", List.of(otherDataset));
        assertThat(get("/api/v1/permits?size=500", as("rita", Role.RESEARCHER)).findValues("id"))
                .extracting(JsonNode::asText)
                .contains(permitId)
                .doesNotContain(remos);
        assertThat(get("/api/v1/permits?size=500", as("team.member", Role.RESEARCHER))
                        .findValues("id"))
                .extracting(JsonNode::asText)
                .contains(permitId, remos);
        call(HttpMethod.GET, "/api/v1/permits/" + remos, null, as("rita", Role.RESEARCHER))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(get("/api/v1/permits?size=500", bearer(node.token())).findValues("id"))
                .extracting(JsonNode::asText)
                .containsExactly(permitId);
        call(HttpMethod.GET, "/api/v1/permits/" + permitId, null, bearer(otherNode.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(get("/api/v1/permits?status=ACTIVE&size=500", as(Role.AUDITOR))
                        .findValues("id"))
                .extracting(JsonNode::asText)
                .contains(permitId, remos);
    }

    private Map<String, Object> use(String datasetId, String operation) {
        Map<String, Object> body = new HashMap<>();
        body.put("permitId", permitId);
        body.put("datasetId", datasetId);
        body.put("tool", "nnU-Net");
        body.put("toolVersion", "2.3.1");
        body.put("operation", operation);
        body.put("subjects", 120);
        body.put("startedAt", Instant.now().minus(Duration.ofMinutes(30)).toString());
        body.put("endedAt", Instant.now().minus(Duration.ofMinutes(5)).toString());
        return body;
    }

    @Test
    void nodesReportDataUsesAndUsesOutsideThePermitAreFlagged() throws Exception {
        JsonNode clean = post("/api/v1/data-uses", use(dataset, "FEDERATED_TRAINING"), bearer(node.token()));
        assertThat(clean.get("flagged").asBoolean()).isFalse();
        JsonNode download = post("/api/v1/data-uses", use(dataset, "DOWNLOAD"), bearer(node.token()));
        assertThat(download.get("flagged").asBoolean()).isTrue();
        assertThat(download.get("reasons")).extracting(JsonNode::asText).containsExactly("OPERATION_NOT_COVERED");
        JsonNode uncovered =
                post("/api/v1/data-uses", use(otherDataset, "FEDERATED_TRAINING"), bearer(otherNode.token()));
        assertThat(uncovered.get("reasons")).extracting(JsonNode::asText).containsExactly("DATASET_NOT_COVERED");

        JsonNode flagged = get("/api/v1/data-uses?flagged=true&permit=" + permitId, as(Role.DAC_MEMBER));
        assertThat(flagged.findValues("id"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(
                        download.get("id").asText(), uncovered.get("id").asText());
        assertThat(get("/api/v1/data-uses?permit=" + permitId, bearer(node.token()))
                        .findValues("id"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(
                        clean.get("id").asText(), download.get("id").asText());
        JsonNode permit = get("/api/v1/permits/" + permitId, as(Role.AUDITOR));
        assertThat(permit.get("uses").asLong()).isEqualTo(3);
        assertThat(permit.get("flaggedUses").asLong()).isEqualTo(2);
        assertThat(types(permitId))
                .containsExactly(
                        "PermitIssued",
                        "DataUseReported",
                        "DataUseReported",
                        "DataUseFlagged",
                        "DataUseReported",
                        "DataUseFlagged");
    }

    @Test
    void dataUseRefusalsWriteNoEvent() throws Exception {
        long before = events();
        call(HttpMethod.POST, "/api/v1/data-uses", use(otherDataset, "FEDERATED_TRAINING"), bearer(node.token()))
                .andExpect(problem(HttpStatus.FORBIDDEN, "not_holder"));
        Map<String, Object> bad = use(dataset, "UPLOAD");
        bad.put("tool", "");
        bad.put("subjects", -1);
        bad.put("endedAt", Instant.now().minus(Duration.ofDays(1)).toString());
        call(HttpMethod.POST, "/api/v1/data-uses", bad, bearer(node.token()))
                .andExpect(refused(
                        HttpStatus.BAD_REQUEST,
                        at("tool", "required"),
                        at("subjects", "negative"),
                        at("operation", "not_one_of"),
                        at("endedAt", "not_before")));
        Map<String, Object> unknownPermit = use(dataset, "FEDERATED_TRAINING");
        unknownPermit.put("permitId", "pm-nowhere");
        call(HttpMethod.POST, "/api/v1/data-uses", unknownPermit, bearer(node.token()))
                .andExpect(refused(HttpStatus.UNPROCESSABLE_ENTITY, "permitId", "unknown_reference"));
        Map<String, Object> noSubjects = use(dataset, "FEDERATED_TRAINING");
        noSubjects.remove("subjects");
        call(HttpMethod.POST, "/api/v1/data-uses", noSubjects, bearer(node.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "subjects", "required"));
        Map<String, Object> repeated = use(dataset, "FEDERATED_TRAINING");
        repeated.put("id", unique("use"));
        long beforeRepeat = events();
        post("/api/v1/data-uses", repeated, bearer(node.token()));
        assertThat(events()).isEqualTo(beforeRepeat + 1);
        call(HttpMethod.POST, "/api/v1/data-uses", repeated, bearer(node.token()))
                .andExpect(refused(HttpStatus.CONFLICT, "id", "id_taken"));
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void aDuePermitExpiresByItselfWithAPermitExpiredEvent() throws Exception {
        String shortOne = approve("rita", List.of(dataset), TRAINING, Duration.ofHours(2));
        assertThat(expiry.expireDue(clock.instant())).isZero();
        int expired = expiry.expireDue(clock.instant().plus(Duration.ofHours(3)));
        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(get("/api/v1/permits/" + shortOne, as(Role.AUDITOR))
                        .get("status")
                        .asText())
                .isEqualTo("EXPIRED");
        assertThat(get("/api/v1/permits/" + permitId, as(Role.AUDITOR))
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");
        JsonNode trail = trail(shortOne);
        assertThat(trail.get(1).get("type").asText()).isEqualTo("PermitExpired");
        assertThat(trail.get(1).get("actor").asText()).isEqualTo(PermitExpiry.ACTOR);
        call(HttpMethod.POST, "/api/v1/permits/" + shortOne + "/revoke", Map.of("reason", "late"), as(Role.DAC_CHAIR))
                .andExpect(problem(HttpStatus.CONFLICT, "state_forbids"));
    }

    @Test
    void permitsEndingSoonAreMarked() throws Exception {
        String soon = approve("rita", List.of(dataset), TRAINING, Duration.ofDays(10));
        assertThat(get("/api/v1/permits/" + soon, as(Role.AUDITOR))
                        .get("expiringSoon")
                        .asBoolean())
                .isTrue();
        assertThat(get("/api/v1/permits/" + permitId, as(Role.AUDITOR))
                        .get("expiringSoon")
                        .asBoolean())
                .isFalse();
    }
}
