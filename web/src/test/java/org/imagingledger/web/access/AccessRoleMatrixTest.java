package org.imagingledger.web.access;

import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Who may call each access endpoint. Each role is a person named after it ("researcher",
 * "dac_member", ...), so the requests here are drafted by "researcher" and reviewed by
 * "dac_member": an allowed role must get past security and past the ownership checks too.
 */
class AccessRoleMatrixTest extends AccessTestSupport {

    private static final String DAC_MEMBER = "dac_member";

    private RoleMatrix matrix;

    @BeforeEach
    void setUp() {
        researcher = as(Role.RESEARCHER);
        // the role-named test users: registered like logged-in people, so they may sit on a panel or team
        for (Role role : Role.values()) {
            register(role.name().toLowerCase(), role);
        }
        matrix = new RoleMatrix(mvc, role -> role == Role.NODE ? bearer(holder.token()) : as(role));
    }

    private String underReview() throws Exception {
        String id = submitted();
        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of(DAC_MEMBER, "dora.dac")), CHAIR);
        return id;
    }

    private String body(Object value) throws Exception {
        return json.writeValueAsString(value);
    }

    @Test
    void draftAndSubmit() throws Exception {
        matrix.check(HttpMethod.POST, BASE, body(content(List.of(openDataset))), Role.RESEARCHER);
        matrix.check(HttpMethod.PUT, BASE + "/" + draft(), body(content(List.of(openDataset))), Role.RESEARCHER);
        matrix.check(HttpMethod.POST, BASE + "/" + draft() + "/submit", null, Role.RESEARCHER);
        matrix.check(HttpMethod.POST, BASE + "/" + submitted() + "/withdraw", "{}", Role.RESEARCHER);
    }

    @Test
    void review() throws Exception {
        matrix.check(
                HttpMethod.POST,
                BASE + "/" + submitted() + "/reviewers",
                body(Map.of("reviewers", List.of("dora.dac", "dirk.dac"))),
                Role.DAC_CHAIR);
        matrix.check(
                HttpMethod.POST,
                BASE + "/" + underReview() + "/conflicts",
                "{\"comment\":\"friend\"}",
                Role.DAC_MEMBER,
                Role.DAC_CHAIR);
        matrix.check(
                HttpMethod.POST,
                BASE + "/" + underReview() + "/votes",
                "{\"vote\":\"APPROVE\",\"comment\":\"fine\"}",
                Role.DAC_MEMBER);
        matrix.check(
                HttpMethod.POST,
                BASE + "/" + submitted() + "/node-decisions",
                body(Map.of("datasetId", guardedDataset, "agreed", true)),
                Role.NODE);
    }

    /** Purpose checks, the override, the discussion, the inbox and the deputy chairs. */
    @Test
    void decisionSupport() throws Exception {
        matrix.check(HttpMethod.POST, BASE + "/" + submitted() + "/purpose-checks", null, Role.DAC_CHAIR);
        matrix.check(
                HttpMethod.POST,
                BASE + "/" + submitted() + "/purpose-checks/" + guardedDataset + "/override",
                "{\"reason\":\"kept\"}",
                Role.DAC_CHAIR);
        String review = underReview();
        matrix.check(
                HttpMethod.POST,
                BASE + "/" + review + "/comments",
                "{\"text\":\"ok\"}",
                Role.DAC_MEMBER,
                Role.DAC_CHAIR);
        matrix.check(
                HttpMethod.POST,
                BASE + "/" + review + "/questions",
                "{\"text\":\"why?\"}",
                Role.DAC_MEMBER,
                Role.DAC_CHAIR);
        matrix.check(
                HttpMethod.POST, BASE + "/" + review + "/questions/qst-x/answer", "{\"text\":\"no\"}", Role.RESEARCHER);
        matrix.check(HttpMethod.GET, "/api/v1/inbox", null, RoleMatrix.everyLedgerRole());
        matrix.check(
                HttpMethod.GET,
                "/api/v1/deputies",
                null,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN);
        String person = unique("deputy");
        register(person, Role.DAC_MEMBER);
        matrix.check(HttpMethod.POST, "/api/v1/deputies", body(Map.of("person", person)), Role.GOVERNANCE_ADMIN);
        matrix.check(
                HttpMethod.POST,
                "/api/v1/deputies/" + person + "/revoke",
                body(Map.of("reason", "rota")),
                Role.GOVERNANCE_ADMIN);
    }

    @Test
    void chairDecisions() throws Exception {
        matrix.check(
                HttpMethod.POST,
                BASE + "/" + submitted() + "/decision",
                "{\"outcome\":\"RETURN\",\"reason\":\"explain the model\"}",
                Role.DAC_CHAIR);
        matrix.check(
                HttpMethod.POST,
                BASE + "/" + submitted() + "/deadline-extension",
                "{\"reason\":\"expert needed\"}",
                Role.DAC_CHAIR);
    }

    /** The pages: a node cannot log in to them, so it is checked as an authenticated node principal. */
    @Test
    void pages() throws Exception {
        RoleMatrix ui = new RoleMatrix(mvc, role -> role == Role.NODE ? asNode(holder.id()) : as(role));
        String id = submitted();
        ui.check(
                HttpMethod.GET,
                "/requests",
                null,
                Role.RESEARCHER,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN);
        ui.check(HttpMethod.GET, "/requests/new", null, Role.RESEARCHER);
        ui.check(HttpMethod.POST, "/requests/new", null, Role.RESEARCHER);
        ui.check(HttpMethod.GET, "/requests/" + id, null, RoleMatrix.everyLedgerRole());
        ui.check(HttpMethod.POST, "/requests/" + draft() + "/draft", null, Role.RESEARCHER);
        ui.check(HttpMethod.POST, "/requests/" + submitted() + "/withdraw", null, Role.RESEARCHER);
        ui.check(HttpMethod.POST, "/requests/" + submitted() + "/reviewers", null, Role.DAC_CHAIR);
        ui.check(HttpMethod.POST, "/requests/" + underReview() + "/conflict", null, Role.DAC_MEMBER, Role.DAC_CHAIR);
        ui.check(HttpMethod.POST, "/requests/" + submitted() + "/purpose-checks", null, Role.DAC_CHAIR);
        ui.check(
                HttpMethod.POST,
                "/requests/" + submitted() + "/purpose-checks/" + guardedDataset + "/override",
                null,
                Role.DAC_CHAIR);
        ui.check(HttpMethod.POST, "/requests/" + underReview() + "/comments", null, Role.DAC_MEMBER, Role.DAC_CHAIR);
        ui.check(HttpMethod.POST, "/requests/" + underReview() + "/questions", null, Role.DAC_MEMBER, Role.DAC_CHAIR);
        ui.check(HttpMethod.POST, "/requests/" + submitted() + "/questions/qst-x/answer", null, Role.RESEARCHER);
        ui.check(HttpMethod.GET, "/inbox", null, RoleMatrix.everyLedgerRole());
        ui.check(
                HttpMethod.GET,
                "/deputies",
                null,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN);
        ui.check(HttpMethod.POST, "/requests/" + underReview() + "/vote", null, Role.DAC_MEMBER);
        ui.check(HttpMethod.POST, "/requests/" + submitted() + "/decision", null, Role.DAC_CHAIR);
        ui.check(HttpMethod.POST, "/requests/" + submitted() + "/extension", null, Role.DAC_CHAIR);
    }

    @Test
    void reads() throws Exception {
        String id = submitted();
        matrix.check(
                HttpMethod.GET,
                BASE,
                null,
                Role.RESEARCHER,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN);
        matrix.check(HttpMethod.GET, BASE + "/" + id, null, RoleMatrix.everyLedgerRole());
        matrix.check(
                HttpMethod.GET,
                BASE + "/overdue",
                null,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN);
    }
}
