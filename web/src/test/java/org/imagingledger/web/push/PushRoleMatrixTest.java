package org.imagingledger.web.push;

import java.util.List;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.ApiTestSupport;
import org.imagingledger.web.support.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** Who may reach the webhook and notification-settings endpoints and pages. */
class PushRoleMatrixTest extends ApiTestSupport {

    private RoleMatrix api;
    private RoleMatrix ui;

    @BeforeEach
    void setUp() throws Exception {
        TestNode node = registerNode("IT");
        api = new RoleMatrix(mvc, role -> role == Role.NODE ? bearer(node.token()) : as(role));
        ui = new RoleMatrix(mvc, ApiTestSupport::as);
    }

    @Test
    void webhooks() throws Exception {
        api.check(HttpMethod.GET, "/api/v1/webhooks", null, Role.NODE, Role.GOVERNANCE_ADMIN);
        api.check(HttpMethod.GET, "/api/v1/webhook-event-types", null, Role.NODE, Role.GOVERNANCE_ADMIN);
        api.check(HttpMethod.GET, "/api/v1/webhooks/ep_none", null, Role.NODE, Role.GOVERNANCE_ADMIN);
        api.check(
                HttpMethod.POST,
                "/api/v1/webhooks",
                "{\"url\":\"https://hooks.example.org/x\",\"eventTypes\":[]}",
                Role.NODE,
                Role.GOVERNANCE_ADMIN);
        ui.check(HttpMethod.GET, "/webhooks", null, Role.GOVERNANCE_ADMIN);
        ui.check(HttpMethod.GET, "/webhooks/ep_none", null, Role.GOVERNANCE_ADMIN);
    }

    @Test
    void notificationSettings() throws Exception {
        List<Role> people = List.of(
                Role.RESEARCHER,
                Role.DAC_MEMBER,
                Role.DAC_CHAIR,
                Role.AUDITOR,
                Role.GOVERNANCE_ADMIN,
                Role.PASSPORT_READER);
        api.check(HttpMethod.GET, "/api/v1/me/notifications", null, people.toArray(Role[]::new));
        ui.check(HttpMethod.GET, "/settings/notifications", null, people.toArray(Role[]::new));
    }
}
