package org.imagingledger.web.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.imagingledger.web.support.LedgerProcess;
import org.imagingledger.web.support.PostgresInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ledger processes on one PostgreSQL, as a federation would run them behind a load
 * balancer: requests spread over both, conflicting commands on one record from both at once,
 * then one instance killed with SIGKILL in the middle of a decision load. Every acknowledged
 * command and decision is in the log exactly once, the survivor keeps answering, takes over the
 * checkpoints, and verification of the log finds nothing.
 */
class TwoInstancesTest {

    private static final String ADMIN = LedgerProcess.basic("hub.admin", "test-only");
    private static final String AUDITOR = LedgerProcess.basic("hub.auditor", "test-only");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<LedgerProcess> started = new ArrayList<>();
    private String jdbcUrl;

    @AfterEach
    void stop() throws InterruptedException {
        for (LedgerProcess p : started) {
            p.kill();
        }
    }

    private LedgerProcess start(Path dir, String name, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--ledger.tokens.generate-key=true", // the instances share one data folder, so one key
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--ledger.data-dir=" + dir,
                "--ledger.audit.generate-key=true",
                "--ledger.audit.checkpoint-interval=PT2S",
                "--ledger.audit.checkpoint-lock-at-most-for=PT15S",
                "--ledger.audit.gap-wait=PT1S",
                "--ledger.permits.expiry-check=PT2S",
                "--ledger.password-login=true",
                "--ledger.allow-plain-text-passwords=true", // test users with published passwords
                "--ledger.users[0].username=hub.admin",
                "--ledger.users[0].password={noop}test-only",
                "--ledger.users[0].roles=GOVERNANCE_ADMIN",
                "--ledger.users[1].username=hub.auditor",
                "--ledger.users[1].password={noop}test-only",
                "--ledger.users[1].roles=AUDITOR",
                "--logging.level.root=warn"));
        args.addAll(List.of(extra));
        LedgerProcess process = LedgerProcess.start(dir, name, args);
        started.add(process);
        return process.awaitReady(Duration.ofSeconds(180));
    }

    @Test
    void twoInstancesShareTheLedgerAndTheSurvivorOfAKillCarriesOn() throws Exception {
        jdbcUrl = PostgresInitializer.newDatabaseUrl();
        Path dir = Files.createTempDirectory("ledger-two");
        // a starts first and makes the signing key in the shared folder; b reads it
        LedgerProcess a = start(dir, "a");
        LedgerProcess b = start(
                dir,
                "b",
                "--logging.structured.format.console=ecs",
                "--logging.level.org.imagingledger=info",
                "--logging.level.org.springframework.boot.web.embedded.tomcat.GracefulShutdown=info");
        LedgerProcess[] both = {a, b};

        // requests spread over both: what one records, the other shows; a node's token works on both
        List<String> nodes = new ArrayList<>();
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (int i = 0; i < 6; i++) {
            String id = "node-two-" + i;
            HttpResponse<String> created = send(
                    both[i % 2],
                    "POST",
                    "/api/v1/nodes",
                    ADMIN,
                    Map.of("id", id, "name", "Hospital " + i, "country", "IT"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            tokens.put(id, json.readTree(created.body()).get("token").asText());
            nodes.add(id);
        }
        for (LedgerProcess p : both) {
            JsonNode listed = json.readTree(
                    send(p, "GET", "/api/v1/nodes?size=500", ADMIN, null).body());
            List<String> ids = new ArrayList<>();
            listed.get("items").forEach(n -> ids.add(n.get("id").asText()));
            assertThat(ids).containsAll(nodes);
        }
        String node = nodes.get(0);
        String dataset = registerDataset(b, tokens.get(node)); // a's node, registered through b

        // conflicting commands on one aggregate from both instances at once: 2xx or 409, never 500,
        // and exactly one event per acknowledged command
        long before = count("select count(*) from domain_event_entry where aggregate_identifier = ?", dataset);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> racing = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            LedgerProcess target = both[t % 2];
            int thread = t;
            racing.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 10; i++) {
                    HttpResponse<String> answer = send(
                            target,
                            "PUT",
                            "/api/v1/datasets/" + dataset + "/metadata",
                            "Bearer " + tokens.get(node),
                            metadata("Chest CT " + thread + "." + i));
                    statuses.add(answer.statusCode());
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : racing) {
            f.get(120, TimeUnit.SECONDS);
        }
        assertThat(statuses).hasSize(80).allMatch(s -> s == 200 || s == 409, "200 or 409");
        long accepted = statuses.stream().filter(s -> s == 200).count();
        assertThat(accepted).isPositive();
        assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = ?", dataset))
                .isEqualTo(before + accepted);

        // a decision load over both, and a is killed in the middle of it
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // decision id -> instance
        List<String> acknowledgedNodes = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean aDead = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger afterKillByB = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        List<Future<?>> load = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int thread = t;
            load.add(pool.submit(() -> {
                int i = 0;
                while (!stop.get()) {
                    // the load balancer's part: a dead instance gets no more requests
                    LedgerProcess target = (thread % 2 == 0 && !aDead.get()) ? a : b;
                    String name = target == a ? "a" : "b";
                    try {
                        if (thread == 5 && i % 5 == 0) {
                            String id = "node-load-" + i;
                            HttpResponse<String> answer = send(
                                    target,
                                    "POST",
                                    "/api/v1/nodes",
                                    ADMIN,
                                    Map.of("id", id, "name", "Load", "country", "NL"));
                            if (answer.statusCode() == 201) {
                                acknowledgedNodes.add(id);
                            } else if (answer.statusCode() >= 500) {
                                serverErrors.incrementAndGet();
                            }
                        } else {
                            HttpResponse<String> answer = send(
                                    target,
                                    "POST",
                                    "/api/v1/decisions",
                                    "Bearer " + tokens.get(node),
                                    question(dataset));
                            if (answer.statusCode() == 200) {
                                JsonNode decision = json.readTree(answer.body());
                                if (decision.get("recorded").asBoolean()) {
                                    acknowledged.put(decision.get("decisionId").asText(), name);
                                    if (aDead.get() && target == b) {
                                        afterKillByB.incrementAndGet();
                                    }
                                }
                            } else if (answer.statusCode() >= 500) {
                                serverErrors.incrementAndGet();
                            }
                        }
                    } catch (java.io.IOException refusedOrReset) {
                        // a request in flight when a died: not acknowledged, so nothing is promised
                    }
                    i++;
                }
                return null;
            }));
        }
        Thread.sleep(4_000);
        long decidedByABeforeKill =
                acknowledged.values().stream().filter("a"::equals).count();
        a.kill();
        aDead.set(true);
        Instant killedAt = Instant.now();
        long logSizeAtKill = count("select count(*) from domain_event_entry");
        Thread.sleep(4_000);
        stop.set(true);
        for (Future<?> f : load) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        System.out.printf(
                "two instances: %d of 80 racing updates accepted (the rest 409); %d decisions acknowledged "
                        + "(%d by a before the kill, %d by b after it), %d node registrations during the load%n",
                accepted, acknowledged.size(), decidedByABeforeKill, afterKillByB.get(), acknowledgedNodes.size());
        assertThat(decidedByABeforeKill)
                .as("decisions acknowledged by a before the kill")
                .isPositive();
        assertThat(afterKillByB.get())
                .as("decisions acknowledged by b after the kill")
                .isPositive();
        assertThat(serverErrors.get()).as("5xx answers").isZero();
        // every acknowledged decision and command is in the log exactly once
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement s =
                        c.prepareStatement("select count(*) from domain_event_entry where aggregate_identifier = ?")) {
            for (String id : acknowledged.keySet()) {
                assertThat(countWith(s, id)).as("events of decision %s", id).isEqualTo(1);
            }
            for (String id : acknowledgedNodes) {
                assertThat(countWith(s, id)).as("events of node %s", id).isEqualTo(1);
            }
        }
        assertThat(count("select count(*) from decision_view")).isGreaterThanOrEqualTo(acknowledged.size());

        // the survivor takes over the checkpoints (a may have held their lock when it died)
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode newer = null;
        while (newer == null && System.nanoTime() < deadline) {
            for (JsonNode cp : json.readTree(send(b, "GET", "/api/v1/audit/checkpoints?size=500", AUDITOR, null)
                            .body())
                    .get("items")) {
                if (cp.get("treeSize").asLong() >= logSizeAtKill
                        && Instant.parse(cp.get("time").asText()).isAfter(killedAt)) {
                    newer = cp;
                }
            }
            Thread.sleep(500);
        }
        assertThat(newer).as("a checkpoint by the survivor after the kill").isNotNull();

        // and the log, hashed by both instances, verifies without a finding
        HttpResponse<String> verification = send(b, "POST", "/api/v1/audit/verification", AUDITOR, Map.of());
        assertThat(verification.statusCode()).as(verification.body()).isEqualTo(200);
        JsonNode report = json.readTree(verification.body());
        assertThat(report.get("totalFindings").asLong()).as(report.toString()).isZero();
        assertThat(report.get("events").asLong()).isGreaterThanOrEqualTo(logSizeAtKill);

        // b logged as JSON (structured logging, ECS)
        List<String> lines = Files.readAllLines(b.log()).stream()
                .filter(l -> l.startsWith("{"))
                .toList();
        assertThat(lines).isNotEmpty();
        JsonNode line = json.readTree(lines.get(0));
        assertThat(line.has("@timestamp") && line.path("log").has("level"))
                .as(lines.get(0))
                .isTrue();

        // SIGTERM: b finishes what it is doing and stops by itself
        b.process().destroy();
        assertThat(b.process().waitFor(60, TimeUnit.SECONDS))
                .as("b stopped within 60 s")
                .isTrue();
        assertThat(Files.readString(b.log())).contains("Graceful shutdown complete");
    }

    private String registerDataset(LedgerProcess p, String token) throws Exception {
        HttpResponse<String> created = send(
                p,
                "POST",
                "/api/v1/datasets",
                "Bearer " + token,
                Map.of(
                        "metadata",
                        metadata("Chest CT"),
                        "conditions",
                        Map.of("codes", List.of("GRU")),
                        "nodeApprovalRequired",
                        false));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asText();
    }

    private static Map<String, Object> metadata(String title) {
        return Map.of(
                "title",
                title,
                "cancerType",
                "MONDO:0008903",
                "modalities",
                List.of("CT"),
                "subjects",
                10,
                "cases",
                10);
    }

    private static Map<String, Object> question(String dataset) {
        Map<String, Object> purpose = new java.util.HashMap<>();
        purpose.put("codes", List.of("DUO:0000006"));
        purpose.put("disease", null);
        purpose.put("commercial", false);
        purpose.put("forProfit", false);
        purpose.put("methodsDevelopment", false);
        return Map.of(
                "principal",
                "load.researcher",
                "operation",
                "FEDERATED_TRAINING",
                "datasetId",
                dataset,
                "permitId",
                "permit-none",
                "purpose",
                purpose,
                "subjects",
                List.of());
    }

    private HttpResponse<String> send(LedgerProcess p, String method, String path, String auth, Object body)
            throws java.io.IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(p.url(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", auth)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long count(String sql, Object... params) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long countWith(PreparedStatement s, String id) throws Exception {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
