package org.imagingledger.web.consent;

import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.ApiTestSupport;
import org.imagingledger.web.support.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class ConsentRoleMatrixTest extends ApiTestSupport {

    private RoleMatrix api;
    private RoleMatrix ui;
    private String datasetId;
    private String consentId;

    @BeforeEach
    void setUp() throws Exception {
        TestNode node = registerNode("IT");
        datasetId = registerDataset(node, List.of("GRU"), null, false);
        consentId = post(
                        "/api/v1/consents",
                        Map.of("pseudonym", unique("PSN"), "datasets", List.of(datasetId), "purposes", List.of("GRU")),
                        bearer(node.token()))
                .get("id")
                .asText();
        api = new RoleMatrix(mvc, role -> role == Role.NODE ? bearer(node.token()) : as(role));
        ui = new RoleMatrix(mvc, ApiTestSupport::as);
    }

    @Test
    void consents() throws Exception {
        String scope = "{\"datasets\":[\"" + datasetId + "\"],\"purposes\":[\"HMB\"]}";
        api.check(
                HttpMethod.POST,
                "/api/v1/consents",
                "{\"pseudonym\":\"" + unique("PSN") + "\",\"datasets\":[\"" + datasetId + "\"],\"purposes\":[\"GRU\"]}",
                Role.NODE);
        api.check(HttpMethod.GET, "/api/v1/consents", null, Role.NODE, Role.AUDITOR, Role.GOVERNANCE_ADMIN);
        api.check(
                HttpMethod.GET, "/api/v1/consents/" + consentId, null, Role.NODE, Role.AUDITOR, Role.GOVERNANCE_ADMIN);
        api.check(HttpMethod.PUT, "/api/v1/consents/" + consentId + "/scope", scope, Role.NODE);
        api.check(HttpMethod.POST, "/api/v1/consents/" + consentId + "/withdraw", null, Role.NODE);
    }

    /** An unknown notice answers 404 to every role that may acknowledge, so the gate alone is tested here. */
    @Test
    void withdrawalNotices() throws Exception {
        api.check(HttpMethod.GET, "/api/v1/withdrawal-notices?pending=true", null, RoleMatrix.everyLedgerRole());
        api.check(
                HttpMethod.POST,
                "/api/v1/withdrawal-notices/" + consentId + "~NODE~nowhere/acknowledge",
                null,
                Role.NODE,
                Role.RESEARCHER,
                Role.GOVERNANCE_ADMIN);
    }

    @Test
    void pages() throws Exception {
        ui.check(
                HttpMethod.GET,
                "/notices",
                null,
                Role.NODE, // a node operator, who acts for a node
                Role.RESEARCHER,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN);
        ui.check(
                HttpMethod.POST,
                "/notices/" + consentId + "~NODE~nowhere/acknowledge",
                null,
                Role.NODE,
                Role.RESEARCHER,
                Role.GOVERNANCE_ADMIN);
    }
}
