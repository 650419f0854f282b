package org.imagingledger.web.catalogue;

import java.util.List;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.ApiTestSupport;
import org.imagingledger.web.support.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class CatalogueRoleMatrixTest extends ApiTestSupport {

    private RoleMatrix matrix;
    private String datasetId;

    @BeforeEach
    void setUp() throws Exception {
        TestNode node = registerNode("IT");
        datasetId = registerDataset(node, List.of("GRU"), null, false);
        matrix = new RoleMatrix(mvc, role -> role == Role.NODE ? bearer(node.token()) : as(role));
    }

    @Test
    void nodes() throws Exception {
        matrix.check(HttpMethod.POST, "/api/v1/nodes", "{\"name\":\"n\",\"country\":\"FR\"}", Role.GOVERNANCE_ADMIN);
        matrix.check(HttpMethod.GET, "/api/v1/nodes", null, Role.values());
        TestNode other = registerNode("BE");
        matrix.check(HttpMethod.POST, "/api/v1/nodes/" + other.id() + "/token", null, Role.GOVERNANCE_ADMIN);
    }

    @Test
    void datasets() throws Exception {
        String body = "{\"metadata\":{\"title\":\"t\",\"cancerType\":\"MONDO:0004992\",\"modalities\":[\"CT\"],"
                + "\"subjects\":1,\"cases\":1},\"conditions\":{\"codes\":[\"GRU\"]},\"nodeApprovalRequired\":false}";
        matrix.check(HttpMethod.POST, "/api/v1/datasets", body, Role.NODE, Role.GOVERNANCE_ADMIN);
        matrix.check(HttpMethod.GET, "/api/v1/datasets", null, Role.values());
        matrix.check(HttpMethod.GET, "/api/v1/datasets/" + datasetId, null, Role.values());
        matrix.check(
                HttpMethod.PUT,
                "/api/v1/datasets/" + datasetId + "/metadata",
                "{\"title\":\"t2\",\"cancerType\":\"MONDO:0004992\",\"modalities\":[\"CT\"],\"subjects\":1,\"cases\":1}",
                Role.NODE,
                Role.GOVERNANCE_ADMIN);
        matrix.check(
                HttpMethod.POST,
                "/api/v1/datasets/" + datasetId + "/retire",
                "{\"reason\":\"r\"}",
                Role.NODE,
                Role.GOVERNANCE_ADMIN);
        matrix.check(HttpMethod.GET, "/api/v1/duo-terms", null, Role.values());
    }

    @Test
    void trail() throws Exception {
        matrix.check(
                HttpMethod.GET,
                "/api/v1/trail/" + datasetId,
                null,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR);
    }
}
