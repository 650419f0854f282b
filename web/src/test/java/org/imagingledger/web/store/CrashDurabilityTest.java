package org.imagingledger.web.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is lost: the ledger runs as its own process on the default H2 file
 * database, answers 201 to a burst of commands, is killed with SIGKILL right after the last
 * answer (no shutdown hook runs), and after a restart every acknowledged record is there.
 */
class CrashDurabilityTest {

    private static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("crash.admin:test-only".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyAcknowledgedCommandSurvivesAKill() throws Exception {
        Path dir = Files.createTempDirectory("ledger-crash");
        int port = freePort();
        List<String> acknowledged = new ArrayList<>();

        Process first = start(dir, port);
        try {
            awaitUp(port, first);
            for (int i = 0; i < 40; i++) {
                String id = "node-crash-" + i;
                HttpResponse<String> answer = post(
                        port,
                        "/api/v1/nodes",
                        "{\"id\":\"" + id + "\",\"name\":\"Crash " + i + "\",\"country\":\"IT\"}");
                assertThat(answer.statusCode()).isEqualTo(201);
                acknowledged.add(id);
            }
        } finally {
            first.destroyForcibly().waitFor();
        }

        Process second = start(dir, port);
        try {
            awaitUp(port, second);
            HttpResponse<String> nodes = http.send(
                    HttpRequest.newBuilder(URI.create(base(port) + "/api/v1/nodes?size=500"))
                            .header("Authorization", ADMIN)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Set<String> stored = new HashSet<>();
            for (JsonNode node : json.readTree(nodes.body()).get("items")) {
                stored.add(node.get("id").asText());
            }
            assertThat(stored).containsAll(acknowledged);
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    private static Process start(Path dir, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx384m",
                        "-Ddisable-axoniq-console-message=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.imagingledger.LedgerApplication",
                        "--server.port=" + port,
                        "--logging.level.root=warn",
                        "--ledger.audit.generate-key=true",
                        "--ledger.password-login=true",
                        "--ledger.allow-plain-text-passwords=true",
                        "--ledger.users[0].username=crash.admin",
                        "--ledger.users[0].password={noop}test-only",
                        "--ledger.users[0].roles=GOVERNANCE_ADMIN")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(new File(dir.toFile(), "ledger.log"))
                .start();
    }

    private void awaitUp(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the ledger process ended with " + process.exitValue() + " before it was up");
            }
            try {
                HttpResponse<String> login = http.send(
                        HttpRequest.newBuilder(URI.create(base(port) + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (login.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the ledger did not start within 120 s");
    }

    private HttpResponse<String> post(int port, String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base(port) + path))
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String base(int port) {
        return "http://localhost:" + port;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
