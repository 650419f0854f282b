package org.imagingledger.web.permit;

import java.time.Instant;
import java.util.List;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.ApiTestSupport;
import org.imagingledger.web.support.PermitTestSupport;
import org.imagingledger.web.support.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class PermitRoleMatrixTest extends PermitTestSupport {

    private RoleMatrix api;
    private RoleMatrix ui;
    private String datasetId;
    private String permitId;

    @BeforeEach
    void setUp() throws Exception {
        TestNode node = registerNode("IT");
        datasetId = registerDataset(node, List.of("GRU"), null, false);
        // held by the user that as(RESEARCHER) logs in, covering the node's dataset: both may read it
        permitId = approve("researcher", List.of(datasetId));
        api = new RoleMatrix(mvc, role -> role == Role.NODE ? bearer(node.token()) : as(role));
        ui = new RoleMatrix(mvc, ApiTestSupport::as);
    }

    @Test
    void permits() throws Exception {
        api.check(HttpMethod.GET, "/api/v1/permits", null, RoleMatrix.everyLedgerRole());
        api.check(HttpMethod.GET, "/api/v1/permits/" + permitId, null, RoleMatrix.everyLedgerRole());
        api.check(
                HttpMethod.POST,
                "/api/v1/permits/" + permitId + "/suspend",
                "{\"reason\":\"r\"}",
                Role.DAC_CHAIR,
                Role.GOVERNANCE_ADMIN);
        api.check(HttpMethod.POST, "/api/v1/permits/" + permitId + "/reinstate", "{\"reason\":\"r\"}", Role.DAC_CHAIR);
        api.check(
                HttpMethod.POST,
                "/api/v1/permits/" + permitId + "/extend",
                "{\"validUntil\":\"2099-01-01T00:00:00Z\",\"reason\":\"r\"}",
                Role.DAC_CHAIR);
        api.check(
                HttpMethod.POST,
                "/api/v1/permits/" + permitId + "/revoke",
                "{\"reason\":\"r\"}",
                Role.DAC_CHAIR,
                Role.GOVERNANCE_ADMIN);
    }

    @Test
    void dataUses() throws Exception {
        String now = Instant.now().toString();
        api.check(
                HttpMethod.POST,
                "/api/v1/data-uses",
                "{\"permitId\":\"" + permitId + "\",\"datasetId\":\"" + datasetId
                        + "\",\"tool\":\"t\",\"toolVersion\":\"1\",\"operation\":\"FEDERATED_TRAINING\",\"subjects\":1,"
                        + "\"startedAt\":\"" + now + "\",\"endedAt\":\"" + now + "\"}",
                Role.NODE);
        api.check(
                HttpMethod.GET,
                "/api/v1/data-uses?flagged=true",
                null,
                Role.NODE,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN);
    }

    @Test
    void pages() throws Exception {
        ui.check(
                HttpMethod.GET,
                "/permits",
                null,
                Role.NODE, // a node operator, who acts for a node
                Role.RESEARCHER,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN);
        ui.check(
                HttpMethod.GET,
                "/permits/" + permitId,
                null,
                Role.NODE, // a node operator, who acts for a node
                Role.RESEARCHER,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN);
        ui.check(HttpMethod.POST, "/permits/" + permitId + "/suspend", null, Role.DAC_CHAIR, Role.GOVERNANCE_ADMIN);
        ui.check(HttpMethod.POST, "/permits/" + permitId + "/reinstate", null, Role.DAC_CHAIR);
        ui.check(HttpMethod.POST, "/permits/" + permitId + "/extend", null, Role.DAC_CHAIR);
        ui.check(HttpMethod.POST, "/permits/" + permitId + "/revoke", null, Role.DAC_CHAIR, Role.GOVERNANCE_ADMIN);
    }
}
