package org.imagingledger.web.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;

/**
 * Bodies are bounded before they are read, and a role that may not call an endpoint is refused
 * before its body is parsed. Runs on a real port, so that a body sent without a length (chunked)
 * reaches the server as a stream.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LimitsTest extends ApiTestSupport {

    private static final int MEGABYTE = 1 << 20;

    @LocalServerPort
    int port;

    @Test
    void aJsonBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        long before = events();
        String body = "{\"title\":\"" + "x".repeat(2 * MEGABYTE) + "\"}";
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/access-requests")
                        .with(as(Role.RESEARCHER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(problem(HttpStatus.PAYLOAD_TOO_LARGE, "too_large"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aStreamedBodyWithoutALengthIsCutOffAtTheLimit() throws Exception {
        TestNode node = registerNode("AT");
        long before = events();
        byte[] body = ("{\"pseudonym\":\"" + "x".repeat(2 * MEGABYTE) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/consents"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + node.token())
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("code").asText()).isEqualTo("too_large");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aRoleThatMayNotCallIsRefusedBeforeTheBodyIsParsed() throws Exception {
        long before = events();
        // not JSON at all: a parsed body would give 400; the role is judged first
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/access-requests")
                        .with(as(Role.AUDITOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{ this is not json"))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/nodes")
                        .with(as(Role.RESEARCHER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("x".repeat(MEGABYTE / 2)))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aMultipartBodyWithoutABoundaryIsTheCallersError() throws Exception {
        long before = events();
        for (String path : new String[] {"/api/v1/nodes", "/api/v1/policy-bundles"}) {
            int status = mvc.perform(MockMvcRequestBuilders.post(path)
                            .with(as(Role.GOVERNANCE_ADMIN))
                            .contentType("multipart/form-data")
                            .content("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(path).isBetween(400, 499);
        }
        assertThat(events()).isEqualTo(before);
    }
}
