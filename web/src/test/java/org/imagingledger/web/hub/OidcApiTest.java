package org.imagingledger.web.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.people.People;
import org.imagingledger.application.people.Person;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.web.support.ApiTestSupport;
import org.imagingledger.web.support.Keycloak;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API with bearer tokens issued by a real Keycloak (its token endpoint): people by the
 * password grant, a node and a metrics scraper by the client-credentials grant. Tokens that are
 * expired, wrongly signed or for another audience are refused with 401 problem details.
 */
@AutoConfigureObservability(tracing = false)
class OidcApiTest extends ApiTestSupport {

    static final String NODE = "node-oidc";

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        Keycloak.shared().ledgerProperties(NODE).forEach((k, v) -> registry.add(k, () -> v));
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:ledger-oidc;DB_CLOSE_DELAY=-1");
    }

    @Autowired
    People people;

    private static Keycloak keycloak() {
        return Keycloak.shared();
    }

    private static RequestPostProcessor token(String token) {
        return bearer(token);
    }

    @Test
    void aPersonActsUnderTheirSubjectIdAndTheDirectoryHoldsTheirName() throws Exception {
        String subject = keycloak().subjectOf("kc.researcher");
        long before = events();
        JsonNode created = post(
                "/api/v1/access-requests",
                Map.of("title", "Federated lung nodule detection"),
                token(keycloak().personToken("kc.researcher")));
        String id = created.get("id").asText();
        assertThat(events()).isEqualTo(before + 1);

        JsonNode trail = get("/api/v1/trail/" + id, token(keycloak().personToken("kc.auditor")));
        assertThat(trail.toString()).contains(subject).doesNotContain("Rina");

        Person person = people.find(subject).orElseThrow();
        assertThat(person.getDisplayName()).isEqualTo("Rina Researcher");
        assertThat(person.getEmail()).isEqualTo("kc.researcher@test.invalid");
        assertThat(person.getRoles()).containsExactly(Role.RESEARCHER);
        // the researcher sees their own request; nobody else's role was needed
        get("/api/v1/access-requests/" + id, token(keycloak().personToken("kc.researcher")));
    }

    @Test
    void rolesComeFromTheGroupsClaim() throws Exception {
        // a chair (ledger-dac-chairs: DAC_CHAIR and DAC_MEMBER) sees the queue; a researcher may not register nodes
        get("/api/v1/access-requests", token(keycloak().personToken("kc.chair")));
        call(
                        HttpMethod.POST,
                        "/api/v1/nodes",
                        Map.of("name", "X", "country", "IT"),
                        token(keycloak().personToken("kc.researcher")))
                .andExpect(problem(HttpStatus.FORBIDDEN, ErrorCodes.ROLE_FORBIDS));
        // a person in no mapped group has no role
        call(
                        HttpMethod.GET,
                        "/api/v1/access-requests/overdue",
                        null,
                        token(keycloak().personToken("kc.nobody")))
                .andExpect(problem(HttpStatus.FORBIDDEN, ErrorCodes.ROLE_FORBIDS));
    }

    @Test
    void aNodeClientsTokenActsAsItsNode() throws Exception {
        String admin = keycloak().personToken("kc.admin");
        if (call(HttpMethod.GET, "/api/v1/nodes", null, token(admin))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .contains("\"" + NODE + "\"")) {
            return;
        }
        post("/api/v1/nodes", Map.of("id", NODE, "name", "OIDC hospital", "country", "IT"), token(admin));
        JsonNode dataset = post(
                "/api/v1/datasets",
                Map.of(
                        "metadata",
                        Map.of(
                                "title",
                                "Head CT",
                                "cancerType",
                                "MONDO:0008903",
                                "modalities",
                                List.of("CT"),
                                "subjects",
                                10,
                                "cases",
                                10),
                        "conditions",
                        Map.of("codes", List.of("GRU")),
                        "nodeApprovalRequired",
                        false),
                token(keycloak().clientToken("node-test")));
        JsonNode stored = get("/api/v1/datasets/" + dataset.get("id").asText(), token(admin));
        assertThat(stored.get("nodeId").asText()).isEqualTo(NODE);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String shortLived = keycloak().clientToken("short-lived"); // lives one second
        Thread.sleep(2_100);
        long before = events();
        call(HttpMethod.GET, "/api/v1/nodes", null, token(shortLived))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, ErrorCodes.INVALID_TOKEN));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aWronglySignedTokenIsRefused() throws Exception {
        String[] parts = keycloak().personToken("kc.admin").split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        String forged = parts[0] + "." + parts[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        call(HttpMethod.POST, "/api/v1/nodes", Map.of("name", "Forged", "country", "IT"), token(forged))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, ErrorCodes.INVALID_TOKEN));
        // the claims of another token under a valid header and signature do not pass either
        String[] other = keycloak().personToken("kc.researcher").split("\\.");
        call(HttpMethod.GET, "/api/v1/nodes", null, token(other[0] + "." + parts[1] + "." + other[2]))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, ErrorCodes.INVALID_TOKEN));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        call(HttpMethod.GET, "/api/v1/nodes", null, token(keycloak().clientToken("other-app")))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, ErrorCodes.INVALID_TOKEN));
    }

    @Test
    void nodeBearerTokensStillWorkBesideJwts() throws Exception {
        TestNode node = registerNode("NL");
        get("/api/v1/datasets", bearer(node.token()));
        call(HttpMethod.GET, "/api/v1/datasets", null, bearer("nt_not-a-token"))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, ErrorCodes.UNKNOWN_TOKEN));
    }

    @Test
    void prometheusIsForTheMetricsRoleOnly() throws Exception {
        String scrape = mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus")
                        .with(token(keycloak().clientToken("prometheus"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(scrape).contains("ledger_access_requests_overdue");
        mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus")
                        .with(token(keycloak().personToken("kc.admin"))))
                .andExpect(problem(HttpStatus.FORBIDDEN, ErrorCodes.ROLE_FORBIDS));
        mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus"))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHENTICATED));
    }
}
