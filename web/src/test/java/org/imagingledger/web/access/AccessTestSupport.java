package org.imagingledger.web.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the access API tests share: a node whose dataset needs its approval, a dataset that
 * needs none, a fresh applicant and team per test, and the DAC people.
 */
abstract class AccessTestSupport extends ApiTestSupport {

    static final String BASE = "/api/v1/access-requests";
    static final RequestPostProcessor CHAIR = as("carla.chair", Role.DAC_CHAIR, Role.DAC_MEMBER);
    static final RequestPostProcessor DORA = as("dora.dac", Role.DAC_MEMBER);
    static final RequestPostProcessor DIRK = as("dirk.dac", Role.DAC_MEMBER);
    static final RequestPostProcessor DIANA = as("diana.dac", Role.DAC_MEMBER);
    static final RequestPostProcessor AUDITOR = as("aldo.auditor", Role.AUDITOR);

    TestNode holder;
    String guardedDataset;
    String openDataset;
    String applicant;
    String teamMember;
    RequestPostProcessor researcher;

    @BeforeEach
    void catalogueAndPeople() throws Exception {
        holder = registerNode("IT");
        guardedDataset = registerDataset(holder, List.of("HMB"), null, true);
        openDataset = registerDataset(registerNode("NL"), List.of("GRU"), null, false);
        applicant = unique("rita");
        teamMember = unique("remo");
        researcher = as(applicant, Role.RESEARCHER);
        register(applicant, Role.RESEARCHER);
        register(teamMember, Role.RESEARCHER);
        register("carla.chair", Role.DAC_CHAIR, Role.DAC_MEMBER);
        register("dora.dac", Role.DAC_MEMBER);
        register("dirk.dac", Role.DAC_MEMBER);
        register("diana.dac", Role.DAC_MEMBER);
    }

    Map<String, Object> content(List<String> datasets) {
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Federated lung nodule detection");
        body.put("datasets", datasets);
        body.put(
                "purpose",
                Map.of("codes", List.of("HMB"), "commercial", false, "forProfit", false, "methodsDevelopment", true));
        body.put("summary", "Train and benchmark a nodule detector without moving images.");
        body.put("operations", List.of("FEDERATED_TRAINING", "FEDERATED_BENCHMARKING"));
        body.put("periodFrom", from.toString());
        body.put("periodUntil", from.plus(365, ChronoUnit.DAYS).toString());
        body.put("team", List.of(teamMember));
        return body;
    }

    String draft() throws Exception {
        return post(BASE, content(List.of(guardedDataset, openDataset)), researcher)
                .get("id")
                .asText();
    }

    String submitted() throws Exception {
        String id = draft();
        post(BASE + "/" + id + "/submit", null, researcher);
        return id;
    }

    /** Submitted, panel of three, quorum of votes cast, the node has agreed: ready for the chair. */
    String decidable() throws Exception {
        String id = submitted();
        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac", "diana.dac")), CHAIR);
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "sound"), DORA);
        post(BASE + "/" + id + "/votes", Map.of("vote", "REJECT", "comment", "too broad"), DIRK);
        post(
                BASE + "/" + id + "/node-decisions",
                Map.of("datasetId", guardedDataset, "agreed", true),
                bearer(holder.token()));
        return id;
    }

    JsonNode request(String id) throws Exception {
        return get(BASE + "/" + id, AUDITOR);
    }

    List<String> trailTypes(String id) throws Exception {
        JsonNode trail = get("/api/v1/trail/" + id + "?size=500", AUDITOR).get("items");
        List<String> types = new java.util.ArrayList<>();
        trail.forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    JsonNode lastEvent(String id) throws Exception {
        JsonNode trail = get("/api/v1/trail/" + id + "?size=500", AUDITOR).get("items");
        return trail.get(trail.size() - 1);
    }
}
