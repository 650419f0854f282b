package org.imagingledger.web.needtoknow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.catalogue.NodeTokens;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;

/** A node's token, and any digest of it, never enters the event log, so no export can carry it. */
class NodeTokenDigestTest extends ApiTestSupport {

    @Test
    void neitherTheTokenNorItsDigestIsInAnyEventAndARotatedTokenStopsWorking() throws Exception {
        JsonNode created = post(
                "/api/v1/nodes",
                Map.of("id", unique("node"), "name", "Digest hospital", "country", "FI"),
                as(Role.GOVERNANCE_ADMIN));
        String node = created.get("id").asText();
        String token = created.get("token").asText();
        call(HttpMethod.GET, "/api/v1/datasets", null, bearer(token))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());

        JsonNode rotated = post("/api/v1/nodes/" + node + "/token", null, as(Role.GOVERNANCE_ADMIN));
        String newToken = rotated.get("token").asText();
        call(HttpMethod.GET, "/api/v1/datasets", null, bearer(token))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "unknown_token"));
        call(HttpMethod.GET, "/api/v1/datasets", null, bearer(newToken))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());

        List<byte[]> payloads = jdbc.queryForList(
                "select payload from domain_event_entry where aggregate_identifier = ?", byte[].class, node);
        assertThat(payloads).hasSize(2);
        for (byte[] payload : payloads) {
            String text = new String(payload, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).doesNotContain(token, newToken, NodeTokens.sha256(token), NodeTokens.sha256(newToken));
            assertThat(json.readTree(text).get("tokenSha256").isNull()).isTrue();
        }
        // the keyed digest kept outside the log is not the plain SHA-256 an attacker could compute
        String kept = jdbc.queryForObject("select digest from node_credential where node_id = ?", String.class, node);
        assertThat(kept).hasSize(64).isNotEqualTo(NodeTokens.sha256(newToken));
    }
}
