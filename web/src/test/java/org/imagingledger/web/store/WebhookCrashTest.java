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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.imagingledger.application.webhook.StandardWebhooks;
import org.imagingledger.web.webhook.WebhookReceiver;
import org.imagingledger.web.webhook.WebhookReceiver.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks survive a kill of the ledger. The ledger runs as its own process on the H2 file
 * database and is killed with SIGKILL twice: first after a withdrawal was committed but before
 * any delivery (its worker is off), then while a delivery is in flight (the receiver holds the
 * request). After each restart the message goes out, with the same webhook-id and a valid
 * signature, and the attempt lost in the kill is recorded as such.
 */
class WebhookCrashTest {

    private static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("crash.admin:test-only".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aMessageCommittedWithItsEventIsDeliveredAfterAKill() throws Exception {
        Path dir = Files.createTempDirectory("ledger-webhook-crash");
        int port = freePort();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (WebhookReceiver receiver = new WebhookReceiver(n -> {
            if (n == 1) { // the second request arrives while the second process runs: hold it there
                held.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Answer.ok();
        })) {
            // 1. a withdrawal is committed; this instance delivers nothing; SIGKILL
            Process first = start(dir, port, "--ledger.outbox.worker=false");
            String token;
            String endpoint;
            String secret;
            String firstNotice;
            try {
                awaitUp(port, first);
                token = call(
                                port,
                                "POST",
                                "/api/v1/nodes",
                                ADMIN,
                                Map.of("id", "node-crash", "name", "Crash", "country", "IT"))
                        .get("token")
                        .asText();
                String bearer = "Bearer " + token;
                String dataset = call(
                                port,
                                "POST",
                                "/api/v1/datasets",
                                bearer,
                                Map.of(
                                        "metadata",
                                        Map.of(
                                                "title",
                                                "Lung CT",
                                                "cancerType",
                                                "MONDO:0008903",
                                                "modalities",
                                                List.of("CT"),
                                                "subjects",
                                                10,
                                                "cases",
                                                10),
                                        "conditions",
                                        Map.of("codes", List.of("HMB")),
                                        "nodeApprovalRequired",
                                        false))
                        .get("id")
                        .asText();
                JsonNode created = call(
                        port,
                        "POST",
                        "/api/v1/webhooks",
                        bearer,
                        Map.of("url", receiver.url("/hook"), "eventTypes", List.of("withdrawal_notice.issued")));
                endpoint = created.at("/endpoint/id").asText();
                secret = created.get("secret").asText();
                firstNotice = withdrawal(port, bearer, dataset, "PSN-CRASH-1");
                assertThat(receiver.received()).isEmpty();
            } finally {
                first.destroyForcibly().waitFor();
            }

            // 2. restarted: the message goes out; a second withdrawal's delivery is in flight at the SIGKILL
            Process second = start(dir, port, "--ledger.outbox.lease=PT8S");
            String secondNotice;
            try {
                awaitUp(port, second);
                await(() -> receiver.received().size() >= 1);
                assertThat(json.readTree(receiver.received().get(0).body())
                                .at("/data/noticeId")
                                .asText())
                        .isEqualTo(firstNotice);
                String dataset = call(port, "GET", "/api/v1/datasets", "Bearer " + token, null)
                        .get("items")
                        .get(0)
                        .get("id")
                        .asText();
                secondNotice = withdrawal(port, "Bearer " + token, dataset, "PSN-CRASH-2");
                assertThat(held.await(60, TimeUnit.SECONDS))
                        .as("the delivery reached the receiver")
                        .isTrue();
            } finally {
                second.destroyForcibly().waitFor();
                release.countDown();
            }

            // 3. restarted: once the dead instance's claim runs out, the message is sent again
            Process third = start(dir, port, "--ledger.outbox.lease=PT8S");
            try {
                awaitUp(port, third);
                await(() -> receiver.received().size() >= 3);
                WebhookReceiver.Received lost = receiver.received().get(1);
                WebhookReceiver.Received again = receiver.received().get(2);
                assertThat(again.id()).isEqualTo(lost.id());
                assertThat(json.readTree(again.body()).at("/data/noticeId").asText())
                        .isEqualTo(secondNotice);
                for (WebhookReceiver.Received r : receiver.received()) {
                    assertThat(StandardWebhooks.verify(
                                    secret,
                                    r.id(),
                                    r.timestamp(),
                                    r.signature(),
                                    r.body(),
                                    Instant.now().getEpochSecond()))
                            .isTrue();
                }
                JsonNode[] delivery = new JsonNode[1];
                await(() -> {
                    JsonNode list =
                            call(port, "GET", "/api/v1/webhooks/" + endpoint + "/deliveries", "Bearer " + token, null);
                    for (JsonNode d : list) {
                        if (d.get("id").asText().equals(lost.id())
                                && d.get("status").asText().equals("DELIVERED")) {
                            delivery[0] = d;
                            return true;
                        }
                    }
                    return false;
                });
                JsonNode attempts = delivery[0].get("attempts");
                assertThat(attempts).hasSize(2);
                assertThat(attempts.get(0).get("delivered").asBoolean()).isFalse();
                assertThat(attempts.get(0).get("error").asText()).contains("no result recorded");
                assertThat(attempts.get(1).get("delivered").asBoolean()).isTrue();
            } finally {
                third.destroyForcibly().waitFor();
            }
        }
    }

    private String withdrawal(int port, String bearer, String dataset, String pseudonym) throws Exception {
        String consent = call(
                        port,
                        "POST",
                        "/api/v1/consents",
                        bearer,
                        Map.of("pseudonym", pseudonym, "datasets", List.of(dataset), "purposes", List.of("HMB")))
                .get("id")
                .asText();
        JsonNode withdrawn = call(port, "POST", "/api/v1/consents/" + consent + "/withdraw", bearer, null);
        return withdrawn.get("notices").get(0).get("id").asText();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s");
            }
            Thread.sleep(100);
        }
    }

    private JsonNode call(int port, String method, String path, String auth, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode())
                .as(method + " " + path + ": " + answer.body())
                .isBetween(200, 299);
        return json.readTree(answer.body());
    }

    private static Process start(Path dir, int port, String... extra) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-Ddisable-axoniq-console-message=true",
                "-cp",
                System.getProperty("java.class.path"),
                "org.imagingledger.LedgerApplication",
                "--server.port=" + port,
                "--logging.level.root=warn",
                "--ledger.audit.generate-key=true",
                "--ledger.webhooks.allow-loopback=true",
                "--ledger.webhooks.timeout=PT5S",
                "--ledger.password-login=true",
                "--ledger.allow-plain-text-passwords=true",
                "--ledger.users[0].username=crash.admin",
                "--ledger.users[0].password={noop}test-only",
                "--ledger.users[0].roles=GOVERNANCE_ADMIN"));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dir.toFile(), "ledger.log")))
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
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
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

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
