package org.imagingledger.web.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.at;
import static org.imagingledger.web.support.Problems.problem;
import static org.imagingledger.web.support.Problems.refused;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The access request lifecycle through the API, run on H2 and on PostgreSQL by its subclasses. */
abstract class AccessApiContract extends AccessTestSupport {

    @Test
    void draftSubmitReviewAndApprove() throws Exception {
        String id = draft();
        assertThat(request(id).get("status").asText()).isEqualTo("DRAFT");

        JsonNode submitted = post(BASE + "/" + id + "/submit", null, researcher);
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        Instant at = Instant.parse(submitted.get("submittedAt").asText());
        assertThat(Instant.parse(submitted.get("deadline").asText()))
                .isEqualTo(at.atZone(ZoneOffset.UTC).plusMonths(2).toInstant());

        JsonNode assigned = post(
                BASE + "/" + id + "/reviewers",
                Map.of("reviewers", List.of("dora.dac", "dirk.dac", "diana.dac")),
                CHAIR);
        assertThat(assigned.get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(assigned.get("quorum").asInt()).isEqualTo(2);
        post(BASE + "/" + id + "/conflicts", Map.of("comment", "I co-authored with the applicant"), DIANA);
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "sound protocol"), DORA);
        post(BASE + "/" + id + "/votes", Map.of("vote", "abstain", "comment", "outside my field"), DIRK);
        JsonNode afterNode = post(
                BASE + "/" + id + "/node-decisions",
                Map.of("datasetId", guardedDataset, "agreed", true, "comment", "ok"),
                bearer(holder.token()));
        assertThat(afterNode.get("nodeDecisions").get(0).get("decision").asText())
                .isEqualTo("AGREED");

        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonNode decided = post(
                BASE + "/" + id + "/decision",
                Map.of(
                        "outcome",
                        "APPROVE",
                        "conditions",
                        List.of("publish results openly"),
                        "validFrom",
                        from.toString(),
                        "validUntil",
                        from.plus(180, ChronoUnit.DAYS).toString()),
                CHAIR);
        assertThat(decided.get("outcome").asText()).isEqualTo("APPROVE");
        String permitId = decided.get("permitId").asText();
        assertThat(permitId).startsWith("permit-");

        JsonNode view = request(id);
        assertThat(view.get("status").asText()).isEqualTo("APPROVED");
        assertThat(view.get("permitId").asText()).isEqualTo(permitId);
        assertThat(view.get("votes").asInt()).isEqualTo(2);
        assertThat(view.get("reviewers"))
                .extracting(r -> r.get("reviewer").asText())
                .containsExactlyInAnyOrder("dora.dac", "dirk.dac", "diana.dac");
        assertThat(trailTypes(id))
                .containsExactly(
                        "AccessRequestDraftSaved",
                        "AccessRequestSubmitted",
                        "PurposeCheckRecorded",
                        "PurposeCheckRecorded",
                        "ReviewersAssigned",
                        "ConflictOfInterestDeclared",
                        "ReviewVoteCast",
                        "ReviewVoteCast",
                        "NodeDecisionRecorded",
                        "AccessRequestApproved");
        JsonNode approved = lastEvent(id).get("payload");
        assertThat(approved.get("permitId").asText()).isEqualTo(permitId);
        assertThat(approved.get("members")).extracting(JsonNode::asText).containsExactly(applicant, teamMember);
        assertThat(approved.get("datasets")).extracting(JsonNode::asText).containsExactly(guardedDataset, openDataset);
        assertThat(approved.get("operations"))
                .extracting(JsonNode::asText)
                .containsExactly("FEDERATED_TRAINING", "FEDERATED_BENCHMARKING");
    }

    @Test
    void aDatasetItsNodeDeclinedIsLeftOutOfThePermit() throws Exception {
        String id = submitted();
        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac")), CHAIR);
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "fine"), DORA);
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "fine"), DIRK);
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/decision", approval(), CHAIR)
                .andExpect(problem(HttpStatus.CONFLICT, "node_decision_pending"));
        assertThat(events()).isEqualTo(before);

        call(
                        HttpMethod.POST,
                        BASE + "/" + id + "/node-decisions",
                        Map.of("datasetId", guardedDataset, "agreed", false),
                        bearer(holder.token()))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "comment", "required"));
        post(
                BASE + "/" + id + "/node-decisions",
                Map.of("datasetId", guardedDataset, "agreed", false, "comment", "ethics board declined"),
                bearer(holder.token()));
        post(BASE + "/" + id + "/decision", approval(), CHAIR);
        assertThat(lastEvent(id).get("payload").get("datasets"))
                .extracting(JsonNode::asText)
                .containsExactly(openDataset);
    }

    @Test
    void returnedRequestIsRevisedAndResubmitted() throws Exception {
        String id = submitted();
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/decision", Map.of("outcome", "RETURN"), CHAIR)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "reason", "required"));
        assertThat(events()).isEqualTo(before);
        post(BASE + "/" + id + "/decision", Map.of("outcome", "RETURN", "reason", "describe the model"), CHAIR);
        assertThat(request(id).get("status").asText()).isEqualTo("RETURNED");
        assertThat(request(id).get("outcomeReason").asText()).isEqualTo("describe the model");

        Map<String, Object> revised = content(List.of(openDataset));
        revised.put("summary", "Train a 3D U-Net nodule detector; benchmark on held-out nodes.");
        JsonNode afterRevision = call(HttpMethod.PUT, BASE + "/" + id, revised, researcher)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(this::tree);
        assertThat(afterRevision.get("status").asText()).isEqualTo("RETURNED");
        JsonNode resubmitted = post(BASE + "/" + id + "/submit", null, researcher);
        assertThat(resubmitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.get("nodeDecisions")).isEmpty();
        assertThat(trailTypes(id))
                .endsWith(
                        "AccessRequestReturnedForChanges",
                        "AccessRequestDraftSaved",
                        "AccessRequestResubmitted",
                        "PurposeCheckRecorded");
    }

    @Test
    void rejectionNeedsQuorumAndReason() throws Exception {
        String id = submitted();
        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac")), CHAIR);
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/decision", Map.of("outcome", "REJECT", "reason", "no"), CHAIR)
                .andExpect(problem(HttpStatus.CONFLICT, "quorum_not_reached"));
        assertThat(events()).isEqualTo(before);
        post(BASE + "/" + id + "/votes", Map.of("vote", "REJECT", "comment", "outside consent"), DORA);
        post(BASE + "/" + id + "/votes", Map.of("vote", "REJECT", "comment", "outside consent"), DIRK);
        post(
                BASE + "/" + id + "/node-decisions",
                Map.of("datasetId", guardedDataset, "agreed", true),
                bearer(holder.token()));
        before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/decision", Map.of("outcome", "MAYBE"), CHAIR)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "outcome", "not_one_of"));
        assertThat(events()).isEqualTo(before);
        post(BASE + "/" + id + "/decision", Map.of("outcome", "REJECT", "reason", "purpose outside consent"), CHAIR);
        assertThat(request(id).get("status").asText()).isEqualTo("REJECTED");
        before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/withdraw", null, researcher)
                .andExpect(problem(HttpStatus.CONFLICT, "state_forbids"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void onlyTheApplicantWithdraws() throws Exception {
        String id = submitted();
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/withdraw", Map.of("reason", "mine"), as(teamMember, Role.RESEARCHER))
                .andExpect(problem(HttpStatus.FORBIDDEN, "not_applicant"));
        assertThat(events()).isEqualTo(before);
        JsonNode withdrawn = post(BASE + "/" + id + "/withdraw", Map.of("reason", "funding ended"), researcher);
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void deadlineIsExtendedOnceByTwoMonths() throws Exception {
        String id = submitted();
        Instant deadline = Instant.parse(request(id).get("deadline").asText());
        JsonNode extended = post(BASE + "/" + id + "/deadline-extension", Map.of("reason", "external expert"), CHAIR);
        assertThat(extended.get("extended").asBoolean()).isTrue();
        assertThat(Instant.parse(extended.get("deadline").asText()))
                .isEqualTo(deadline.atZone(ZoneOffset.UTC).plusMonths(2).toInstant());
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/deadline-extension", Map.of("reason", "again"), CHAIR)
                .andExpect(problem(HttpStatus.CONFLICT, "deadline_already_extended"));
        call(HttpMethod.POST, BASE + "/" + id + "/deadline-extension", Map.of("reason", " "), CHAIR)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "reason", "required"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void refusalsNameTheFieldAndWriteNothing() throws Exception {
        String empty = post(BASE, Map.of(), researcher).get("id").asText();
        long before = events();
        call(HttpMethod.POST, BASE + "/" + empty + "/submit", null, researcher)
                .andExpect(refused(
                        HttpStatus.BAD_REQUEST,
                        at("title", "required"),
                        at("datasets", "empty"),
                        at("summary", "required"),
                        at("operations", "empty"),
                        at("periodFrom", "required"),
                        at("periodUntil", "required"),
                        at("purpose", "required")));
        call(HttpMethod.POST, BASE, "{\"periodFrom\": \"next week\"}", researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "periodFrom", "wrong_type"));
        call(HttpMethod.POST, BASE, Map.of("operations", List.of("COPY")), researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "operations[0]", "not_one_of"));
        call(HttpMethod.POST, BASE + "/req-nowhere/submit", null, researcher)
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(HttpMethod.POST, BASE + "/req-nowhere/votes", Map.of("vote", "APPROVE", "comment", "x"), DORA)
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(events()).isEqualTo(before);

        String unknown = post(BASE, content(List.of(openDataset, "ds-nowhere")), researcher)
                .get("id")
                .asText();
        before = events();
        call(HttpMethod.POST, BASE + "/" + unknown + "/submit", null, researcher)
                .andExpect(refused(HttpStatus.UNPROCESSABLE_ENTITY, "datasets[1]", "unknown_reference"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void retiredDatasetCannotBeRequested() throws Exception {
        String id = draft();
        post(
                "/api/v1/datasets/" + guardedDataset + "/retire",
                Map.of("reason", "consent ended"),
                bearer(holder.token()));
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/submit", null, researcher)
                .andExpect(refused(HttpStatus.UNPROCESSABLE_ENTITY, "datasets[0]", "dataset_retired"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void reviewRulesAreEnforced() throws Exception {
        String id = submitted();
        long before = events();
        call(
                        HttpMethod.POST,
                        BASE + "/" + id + "/reviewers",
                        Map.of("reviewers", List.of("dora.dac", teamMember)),
                        CHAIR)
                .andExpect(refused(HttpStatus.FORBIDDEN, "reviewers[1]", "not_dac_member"));
        call(HttpMethod.POST, BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac")), CHAIR)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "reviewers", "below_quorum"));
        call(HttpMethod.POST, BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "early"), DORA)
                .andExpect(problem(HttpStatus.CONFLICT, "state_forbids"));
        assertThat(events()).isEqualTo(before);

        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac")), CHAIR);
        before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/votes", Map.of("vote", "YES", "comment", "x"), DORA)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "vote", "not_one_of"));
        call(HttpMethod.POST, BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "x"), DIANA)
                .andExpect(problem(HttpStatus.FORBIDDEN, "not_reviewer"));
        call(HttpMethod.POST, BASE + "/" + id + "/conflicts", Map.of(), DIANA)
                .andExpect(problem(HttpStatus.FORBIDDEN, "not_reviewer"));
        TestNode stranger = registerNode("ES");
        before = events();
        call(
                        HttpMethod.POST,
                        BASE + "/" + id + "/node-decisions",
                        Map.of("datasetId", guardedDataset, "agreed", true),
                        bearer(stranger.token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        call(
                        HttpMethod.POST,
                        BASE + "/" + id + "/node-decisions",
                        Map.of("datasetId", openDataset, "agreed", true),
                        bearer(holder.token()))
                .andExpect(refused(HttpStatus.UNPROCESSABLE_ENTITY, "datasetId", "no_node_decision"));
        assertThat(events()).isEqualTo(before);
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "fine"), DORA);
        before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/votes", Map.of("vote", "REJECT", "comment", "again"), DORA)
                .andExpect(problem(HttpStatus.CONFLICT, "already_voted"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void whoMayReadWhat() throws Exception {
        String id = decidable();
        assertThat(get(BASE + "/" + id, researcher).get("reviewers")).isEmpty();
        assertThat(get(BASE + "/" + id, as(teamMember, Role.RESEARCHER))
                        .get("id")
                        .asText())
                .isEqualTo(id);
        call(HttpMethod.GET, BASE + "/" + id, null, as(unique("eve"), Role.RESEARCHER))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(get(BASE + "/" + id, bearer(holder.token())).get("reviewers"))
                .isEmpty();
        call(HttpMethod.GET, BASE + "/" + id, null, bearer(registerNode("FR").token()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(get(BASE + "/" + id, DORA).get("reviewers")).hasSize(3);
        call(HttpMethod.GET, BASE + "/req-nowhere", null, DORA).andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));

        JsonNode mine = get(BASE, researcher);
        assertThat(mine.get("items")).extracting(r -> r.get("id").asText()).containsExactly(id);
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(get(BASE + "?size=500", CHAIR).get("items"))
                .extracting(r -> r.get("id").asText())
                .contains(id);
    }

    private Map<String, Object> approval() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return Map.of(
                "outcome",
                "APPROVE",
                "conditions",
                List.of(),
                "validFrom",
                from.toString(),
                "validUntil",
                from.plus(90, ChronoUnit.DAYS).toString());
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
