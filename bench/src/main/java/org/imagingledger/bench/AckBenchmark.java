package org.imagingledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Time from a consent withdrawal to each node's acknowledgement, nodes learning of it by webhook
 * (a node simulator acknowledges on receipt) against nodes polling
 * {@code GET /withdrawal-notices?pending=true} every N seconds (each node at its own phase).
 * Withdrawals are spread at random over a window; the times are the ledger's own, from the
 * notice's issue to its acknowledgement event. The ledger runs in-process on a fresh H2 file
 * database with its default outbox settings; everything shares the machine's cores.
 */
public final class AckBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NODES = 4;

    private AckBenchmark() {}

    public static void main(String[] args) throws Exception {
        int withdrawals = args.length > 0 ? Integer.parseInt(args[0]) : 24;
        Duration window = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        int[] polls = {5, 30};
        List<String> rows = new ArrayList<>();
        try (Backend backend = Backend.start("h2", "ledger.webhooks.allow-loopback=true")) {
            Api api = new Api(backend.baseUrl());
            rows.add(row("webhook (acknowledged on receipt)", pushed(api, withdrawals, window)));
            for (int poll : polls) {
                rows.add(row("polling every " + poll + " s", polled(api, withdrawals, window, poll)));
            }
        }
        String table = "| nodes learn by | withdrawals | mean s | p50 s | p95 s | max s |\n"
                + "|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        System.out.println();
        System.out.println(table);
        Path out = Path.of("bench", "results");
        Files.createDirectories(out);
        Files.writeString(
                out.resolve("acknowledgement.md"),
                "Measured " + Instant.now() + ": " + withdrawals + " withdrawals per row spread over "
                        + window.toSeconds() + " s, " + NODES + " nodes, "
                        + Runtime.getRuntime().availableProcessors() + " cores.\n\n" + table);
        System.exit(0);
    }

    private record Node(String id, String token, String dataset) {}

    private static Node node(Api api) {
        JsonNode created =
                api.post("/nodes", Map.of("name", "Bench hospital", "country", "IT"), Api.basic("bench.admin"));
        String token = created.get("token").asText();
        String dataset = api.post(
                        "/datasets",
                        Map.of(
                                "metadata",
                                Map.of(
                                        "title",
                                        "Bench CT",
                                        "cancerType",
                                        "MONDO:0008903",
                                        "modalities",
                                        List.of("CT"),
                                        "subjects",
                                        100,
                                        "cases",
                                        100),
                                "conditions",
                                Map.of("codes", List.of("HMB")),
                                "nodeApprovalRequired",
                                false),
                        Api.bearer(token))
                .get("id")
                .asText();
        return new Node(created.get("id").asText(), token, dataset);
    }

    /** Each node's simulator: a receiver that answers 200 and acknowledges the notice right after. */
    private static double[] pushed(Api api, int withdrawals, Duration window) throws Exception {
        ExecutorService acks = Executors.newFixedThreadPool(4);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            Node node = node(api);
            nodes.add(node);
            receiver.createContext("/" + node.id(), exchange -> {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                String notice = body.at("/data/noticeId").asText();
                acks.execute(() ->
                        api.post("/withdrawal-notices/" + notice + "/acknowledge", null, Api.bearer(node.token())));
            });
        }
        receiver.start();
        for (Node node : nodes) {
            api.post(
                    "/webhooks",
                    Map.of(
                            "url",
                            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/" + node.id(),
                            "eventTypes",
                            List.of("withdrawal_notice.issued")),
                    Api.bearer(node.token()));
        }
        try {
            return measure(api, nodes, withdrawals, window);
        } finally {
            receiver.stop(0);
            acks.shutdownNow();
        }
    }

    /** Each node polls its pending notices every interval (at its own phase) and acknowledges them. */
    private static double[] polled(Api api, int withdrawals, Duration window, int seconds) throws Exception {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            nodes.add(node(api));
        }
        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(NODES);
        for (Node node : nodes) {
            long phase = ThreadLocalRandom.current().nextLong(seconds * 1000L);
            pollers.scheduleAtFixedRate(
                    () -> {
                        try {
                            for (JsonNode n : api.get("/withdrawal-notices?pending=true", Api.bearer(node.token()))) {
                                api.post(
                                        "/withdrawal-notices/" + n.get("id").asText() + "/acknowledge",
                                        null,
                                        Api.bearer(node.token()));
                            }
                        } catch (RuntimeException e) {
                            System.err.println("poll: " + e.getMessage());
                        }
                    },
                    phase,
                    seconds * 1000L,
                    TimeUnit.MILLISECONDS);
        }
        try {
            return measure(api, nodes, withdrawals, window);
        } finally {
            pollers.shutdownNow();
        }
    }

    /** Withdrawals at random times over the window, round the nodes; then each notice's time to acknowledge. */
    private static double[] measure(Api api, List<Node> nodes, int withdrawals, Duration window) throws Exception {
        long[] at = new long[withdrawals];
        for (int i = 0; i < withdrawals; i++) {
            at[i] = ThreadLocalRandom.current().nextLong(window.toMillis());
        }
        Arrays.sort(at);
        Set<String> notices = ConcurrentHashMap.newKeySet();
        long start = System.currentTimeMillis();
        for (int i = 0; i < withdrawals; i++) {
            long wait = start + at[i] - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            Node node = nodes.get(i % nodes.size());
            String consent = api.post(
                            "/consents",
                            Map.of(
                                    "pseudonym", "PSN-BENCH-" + System.nanoTime(),
                                    "datasets", List.of(node.dataset()),
                                    "purposes", List.of("HMB")),
                            Api.bearer(node.token()))
                    .get("id")
                    .asText();
            for (JsonNode n : api.post("/consents/" + consent + "/withdraw", null, Api.bearer(node.token()))
                    .get("notices")) {
                notices.add(n.get("id").asText());
            }
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            List<Double> seconds = new ArrayList<>();
            int pending = 0;
            for (JsonNode n : api.get("/withdrawal-notices", Api.basic("bench.auditor"))) {
                if (!notices.contains(n.get("id").asText())) {
                    continue;
                }
                if (n.get("pending").asBoolean()) {
                    pending++;
                } else {
                    seconds.add(Duration.between(
                                            Instant.parse(n.get("issuedAt").asText()),
                                            Instant.parse(
                                                    n.get("acknowledgedAt").asText()))
                                    .toMillis()
                            / 1000.0);
                }
            }
            if (pending == 0 && seconds.size() == notices.size()) {
                return seconds.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(pending + " notices still unacknowledged");
            }
            Thread.sleep(500);
        }
    }

    private static String row(String how, double[] sorted) {
        String row = String.format(
                Locale.ROOT,
                "| %s | %d | %.3f | %.3f | %.3f | %.3f |",
                how,
                sorted.length,
                Arrays.stream(sorted).average().orElse(0),
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted[sorted.length - 1]);
        System.out.println(row);
        return row;
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
