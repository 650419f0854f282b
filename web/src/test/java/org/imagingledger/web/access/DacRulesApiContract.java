package org.imagingledger.web.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;
import static org.imagingledger.web.support.Problems.refused;

/**
 * The conflict and role rules of the review, one test per rule: each refusal has its own code
 * (403 or 409) and records nothing. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class DacRulesApiContract extends DecisionSupportTestSupport {

    static final String OTHER_CHAIR = "ciro.chair";
    static final RequestPostProcessor CIRO = as(OTHER_CHAIR, Role.DAC_CHAIR, Role.DAC_MEMBER);

    String deputy;

    @BeforeEach
    void morePeople() {
        register(OTHER_CHAIR, Role.DAC_CHAIR, Role.DAC_MEMBER);
        deputy = unique("dana");
        register(deputy, Role.DAC_MEMBER);
    }

    private String conflicted() throws Exception {
        String id = decidable();
        post(BASE + "/" + id + "/conflicts", Map.of("comment", "supervised the applicant's thesis"), CHAIR);
        return id;
    }

    @Test
    void aChairWithADeclaredConflictCannotDecide() throws Exception {
        String id = conflicted();
        assertThat(request(id).get("conflictedChairs"))
                .extracting(JsonNode::asText)
                .containsExactly("carla.chair");
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/decision", approval(), CHAIR)
                .andExpect(problem(HttpStatus.FORBIDDEN, "chair_conflict"));
        call(HttpMethod.POST, BASE + "/" + id + "/decision", Map.of("outcome", "REJECT", "reason", "no"), CHAIR)
                .andExpect(problem(HttpStatus.FORBIDDEN, "chair_conflict"));
        assertThat(events()).isEqualTo(before);
        // another chair decides instead
        post(BASE + "/" + id + "/decision", approval(), CIRO);
        assertThat(request(id).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void aChairWithADeclaredConflictCannotExtend() throws Exception {
        String id = conflicted();
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/deadline-extension", Map.of("reason", "busy"), CHAIR)
                .andExpect(problem(HttpStatus.FORBIDDEN, "chair_conflict"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aChairWithADeclaredConflictCannotReturn() throws Exception {
        String id = conflicted();
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/decision", Map.of("outcome", "RETURN", "reason", "unclear"), CHAIR)
                .andExpect(problem(HttpStatus.FORBIDDEN, "chair_conflict"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aDeputyGrantedByAnAdminActsAsChairUntilRevoked() throws Exception {
        String id = conflicted();
        RequestPostProcessor asDeputy = as(deputy, Role.DAC_MEMBER);
        call(HttpMethod.POST, BASE + "/" + id + "/decision", approval(), asDeputy)
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        long before = events();
        call(HttpMethod.POST, "/api/v1/deputies", Map.of("person", deputy), CHAIR)
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        call(HttpMethod.POST, "/api/v1/deputies", Map.of("person", applicant), ADMIN)
                .andExpect(refused(HttpStatus.FORBIDDEN, "person", "not_dac_member"));
        assertThat(events()).isEqualTo(before);

        JsonNode deputies = post("/api/v1/deputies?size=500", Map.of("person", deputy), ADMIN);
        assertThat(events()).isEqualTo(before + 1);
        assertThat(get("/api/v1/deputies?size=500", AUDITOR).get("items"))
                .extracting(d -> d.get("person").asText())
                .contains(deputy);
        assertThat(deputies.get("total").asLong()).isPositive();
        call(HttpMethod.POST, "/api/v1/deputies", Map.of("person", deputy), ADMIN)
                .andExpect(problem(HttpStatus.CONFLICT, "already_deputy"));

        call(HttpMethod.POST, BASE + "/" + id + "/deadline-extension", Map.of("reason", "expert"), asDeputy)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
        post("/api/v1/deputies/" + deputy + "/revoke", Map.of("reason", "the chair is back"), ADMIN);
        call(HttpMethod.POST, BASE + "/" + id + "/decision", approval(), asDeputy)
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        call(HttpMethod.POST, "/api/v1/deputies/" + deputy + "/revoke", Map.of("reason", "again"), ADMIN)
                .andExpect(problem(HttpStatus.CONFLICT, "not_deputy"));
        assertThat(get("/api/v1/trail/deputy-chair:" + deputy, AUDITOR).get("items"))
                .extracting(e -> e.get("type").asText())
                .containsExactly("DeputyChairGranted", "DeputyChairRevoked");
    }

    @Test
    void theTeamIsRegisteredResearchersOnly() throws Exception {
        String dacMember = unique("dirk-dac");
        register(dacMember, Role.DAC_MEMBER);
        long before = events();
        call(HttpMethod.POST, BASE, generalResearch(List.of(openDataset), List.of(dacMember)), researcher)
                .andExpect(refused(HttpStatus.FORBIDDEN, "team[0]", "not_researcher"));
        call(
                        HttpMethod.POST,
                        BASE,
                        generalResearch(List.of(openDataset), List.of(teamMember, unique("ghost"))),
                        researcher)
                .andExpect(refused(HttpStatus.FORBIDDEN, "team[1]", "not_researcher"));
        assertThat(events()).isEqualTo(before);
        String id = draft();
        call(HttpMethod.PUT, BASE + "/" + id, generalResearch(List.of(openDataset), List.of("carla.chair")), researcher)
                .andExpect(refused(HttpStatus.FORBIDDEN, "team[0]", "not_researcher"));
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void aDacMemberOnTheTeamIsNeverOnThePanel() throws Exception {
        String both = unique("riccardo");
        register(both, Role.RESEARCHER, Role.DAC_MEMBER);
        String id = draft(generalResearch(List.of(openDataset), List.of(both)));
        submit(id);
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", both)), CHAIR)
                .andExpect(refused(HttpStatus.FORBIDDEN, "reviewers[1]", "reviewer_involved"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aTeamMemberNeverSeesThePanelsVotes() throws Exception {
        String both = unique("rosa");
        register(both, Role.RESEARCHER, Role.DAC_MEMBER);
        String id = draft(generalResearch(List.of(openDataset), List.of(both)));
        submit(id);
        reviewed(id);
        RequestPostProcessor member = as(both, Role.RESEARCHER, Role.DAC_MEMBER);
        assertThat(get(BASE + "/" + id, member).get("reviewers")).isEmpty();
        assertThat(get(BASE + "/" + id, DIANA).get("reviewers")).hasSize(2);
        assertThat(get("/api/v1/trail/" + id, member).get("items"))
                .extracting(e -> e.get("type").asText())
                .doesNotContain("ReviewersAssigned", "ReviewVoteCast")
                .contains("AccessRequestSubmitted");
    }

    @Test
    void reviewersMustBeRegisteredDacMembers() throws Exception {
        String id = submitted();
        long before = events();
        call(
                        HttpMethod.POST,
                        BASE + "/" + id + "/reviewers",
                        Map.of("reviewers", List.of("dora.dac", "nobody.known")),
                        CHAIR)
                .andExpect(refused(HttpStatus.FORBIDDEN, "reviewers[1]", "not_dac_member"));
        call(
                        HttpMethod.POST,
                        BASE + "/" + id + "/reviewers",
                        Map.of("reviewers", List.of(applicant, "dora.dac")),
                        CHAIR)
                .andExpect(refused(HttpStatus.FORBIDDEN, "reviewers[0]", "not_dac_member"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theChairAssigningThePanelIsNotOnIt() throws Exception {
        String id = submitted();
        long before = events();
        call(
                        HttpMethod.POST,
                        BASE + "/" + id + "/reviewers",
                        Map.of("reviewers", List.of("dora.dac", "carla.chair")),
                        CHAIR)
                .andExpect(refused(HttpStatus.FORBIDDEN, "reviewers[1]", "reviewer_is_chair"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aChairOnThePanelCannotDecide() throws Exception {
        String id = submitted();
        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", OTHER_CHAIR)), CHAIR);
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "fine"), DORA);
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "fine"), CIRO);
        post(
                BASE + "/" + id + "/node-decisions",
                Map.of("datasetId", guardedDataset, "agreed", true),
                bearer(holder.token()));
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/decision", approval(), CIRO)
                .andExpect(problem(HttpStatus.FORBIDDEN, "chair_on_panel"));
        assertThat(events()).isEqualTo(before);
        post(BASE + "/" + id + "/decision", approval(), CHAIR);
    }

    @Test
    void aPermitsHolderOrMemberCannotReinstateOrExtendIt() throws Exception {
        String chairApplicant = unique("chair-researcher");
        register(chairApplicant, Role.RESEARCHER, Role.DAC_CHAIR);
        register(teamMember, Role.RESEARCHER, Role.DAC_CHAIR);
        RequestPostProcessor holderAsChair = as(chairApplicant, Role.RESEARCHER, Role.DAC_CHAIR);
        String id = post(BASE, generalResearch(List.of(openDataset), List.of(teamMember)), holderAsChair)
                .get("id")
                .asText();
        post(BASE + "/" + id + "/submit", null, holderAsChair);
        reviewed(id);
        String permitId = post(BASE + "/" + id + "/decision", approval(), CHAIR)
                .get("permitId")
                .asText();
        post("/api/v1/permits/" + permitId + "/suspend", Map.of("reason", "node breach"), ADMIN);

        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/permits/" + permitId + "/reinstate",
                        Map.of("reason", "the audit found nothing"),
                        holderAsChair)
                .andExpect(problem(HttpStatus.FORBIDDEN, "permit_member"));
        Instant later = Instant.now().plus(400, ChronoUnit.DAYS);
        call(
                        HttpMethod.POST,
                        "/api/v1/permits/" + permitId + "/extend",
                        Map.of("validUntil", later.toString(), "reason", "more time"),
                        as(teamMember, Role.RESEARCHER, Role.DAC_CHAIR))
                .andExpect(problem(HttpStatus.FORBIDDEN, "permit_member"));
        assertThat(events()).isEqualTo(before);
        post("/api/v1/permits/" + permitId + "/reinstate", Map.of("reason", "the audit found nothing"), CHAIR);
    }
}
