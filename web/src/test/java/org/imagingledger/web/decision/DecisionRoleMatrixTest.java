package org.imagingledger.web.decision;

import java.util.List;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.ApiTestSupport;
import org.imagingledger.web.support.DecisionTestSupport;
import org.imagingledger.web.support.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** Who may open the decision and policy pages: the oversight roles; publishing and activation the admin only. */
class DecisionRoleMatrixTest extends DecisionTestSupport {

    private RoleMatrix ui;
    private RoleMatrix api;
    private String decisionId;
    private String dataset;
    private String permit;

    @BeforeEach
    void setUp() throws Exception {
        TestNode node = registerNode("IT");
        dataset = registerDataset(node, List.of("GRU"), null, false);
        permit = approve("researcher", List.of(dataset));
        decisionId =
                decide(node, "researcher", dataset, permit).get("decisionId").asText();
        ui = new RoleMatrix(mvc, ApiTestSupport::as);
        api = new RoleMatrix(mvc, role -> role == Role.NODE ? bearer(node.token()) : as(role));
    }

    @Test
    void api() throws Exception {
        String question = json.writeValueAsString(question("researcher", dataset, permit, List.of()));
        Role[] readers = {Role.NODE, Role.DAC_MEMBER, Role.DAC_CHAIR, Role.AUDITOR, Role.GOVERNANCE_ADMIN};
        api.check(HttpMethod.POST, "/api/v1/decisions", question, Role.NODE);
        api.check(HttpMethod.POST, "/api/v1/decisions/batch", "{\"questions\":[" + question + "]}", Role.NODE);
        api.check(HttpMethod.GET, "/api/v1/decisions", null, readers);
        api.check(HttpMethod.GET, "/api/v1/decisions/" + decisionId, null, readers);
        api.check(HttpMethod.GET, "/api/v1/decisions/" + decisionId + "/replay", null, readers);
        api.check(HttpMethod.GET, "/api/v1/policy-bundles", null, readers);
        api.check(
                HttpMethod.POST,
                "/api/v1/policy-bundles/no-such-rev/impact?last=5",
                null,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN);
        api.check(HttpMethod.POST, "/api/v1/policy-bundles/no-such-rev/activate", null, Role.GOVERNANCE_ADMIN);
    }

    @Test
    void pages() throws Exception {
        Role[] oversight = {Role.DAC_MEMBER, Role.DAC_CHAIR, Role.AUDITOR, Role.GOVERNANCE_ADMIN};
        // node operators read their node's decisions too
        Role[] readers = {Role.NODE, Role.DAC_MEMBER, Role.DAC_CHAIR, Role.AUDITOR, Role.GOVERNANCE_ADMIN};
        ui.check(HttpMethod.GET, "/decisions", null, readers);
        ui.check(HttpMethod.GET, "/decisions?result=deny&from=2000-01-01", null, readers);
        ui.check(HttpMethod.GET, "/decisions/" + decisionId, null, readers);
        ui.check(HttpMethod.GET, "/policies", null, oversight);
        ui.check(HttpMethod.GET, "/policies/no-such-rev/impact?last=5", null, oversight);
        // refused by the service (no file, unknown revision) once past security: nothing is changed
        ui.check(HttpMethod.POST, "/policies", null, Role.GOVERNANCE_ADMIN);
        ui.check(HttpMethod.POST, "/policies/no-such-rev/activate", null, Role.GOVERNANCE_ADMIN);
    }
}
