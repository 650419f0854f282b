package org.imagingledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.imagingledger.policies.PolicyBundle;

/**
 * Recorded decisions per second through POST /api/v1/decisions, on H2 and on PostgreSQL, with
 * 1, 8 and 64 concurrent node clients, answered by the in-process Wasm engine and by a real
 * OPA server loaded with the same bundle. Every answer counted was recorded before it was sent.
 * Mix: 4 in 5 questions are allowed (two consenting subjects), 1 in 5 denied (not on the permit).
 * Run: bench/run.sh decisions [seconds-per-row [stores [engines [clients]]]], e.g. decisions 10 postgres wasm 64
 */
public final class DecisionBenchmark {

    private static final String ADMIN = Api.basic("bench.admin");
    private static final String CHAIR = Api.basic("bench.chair");

    private DecisionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Duration measure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        Duration warmup = Duration.ofSeconds(3);
        int[] clientCounts = {1, 8, 64};
        Map<String, Double> rates = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        List<String> stores = args.length > 1 ? List.of(args[1].split(",")) : List.of("h2", "postgres");
        List<String> engines = args.length > 2 ? List.of(args[2].split(",")) : List.of("wasm", "opa-server");
        if (args.length > 3) {
            clientCounts = java.util.Arrays.stream(args[3].split(","))
                    .mapToInt(Integer::parseInt)
                    .toArray();
        }
        Process opa = startOpa();
        try {
            for (String store : stores) {
                for (String engine : engines) {
                    try (Backend backend = Backend.start(
                            store,
                            "ledger.policy.engine=" + engine,
                            "ledger.policy.opa-url=http://127.0.0.1:" + OPA_PORT)) {
                        Api api = new Api(backend.baseUrl());
                        Setup setup = Setup.create(api);
                        for (int clients : clientCounts) {
                            run(api, setup, clients, warmup, new ArrayList<>());
                            List<Recorder> recorders = new ArrayList<>();
                            double seconds = run(api, setup, clients, measure, recorders);
                            long[] latencies = Recorder.merged(recorders);
                            double rate = latencies.length / seconds;
                            rates.put(store + "/" + engine + "/" + clients, rate);
                            String row = String.format(
                                    Locale.ROOT,
                                    "| %s | %s | %d | %d | %.0f | %.1f | %.1f |",
                                    store,
                                    engine,
                                    clients,
                                    latencies.length,
                                    rate,
                                    Recorder.percentileMillis(latencies, 50),
                                    Recorder.percentileMillis(latencies, 99));
                            System.out.println(row);
                            rows.add(row);
                        }
                    }
                }
            }
        } finally {
            opa.destroy();
            opa.waitFor(5, TimeUnit.SECONDS);
        }
        StringBuilder ratios =
                new StringBuilder("| store | clients | in-process / OPA server (decisions/s) |\n|---|---|---|\n");
        for (String store : stores) {
            for (int clients : clientCounts) {
                if (!rates.containsKey(store + "/wasm/" + clients)
                        || !rates.containsKey(store + "/opa-server/" + clients)) {
                    continue;
                }
                ratios.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.2f |%n",
                        store,
                        clients,
                        rates.get(store + "/wasm/" + clients) / rates.get(store + "/opa-server/" + clients)));
            }
        }
        String table = "| store | engine | clients | recorded decisions | decisions/s | p50 ms | p99 ms |\n"
                + "|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n\n" + ratios;
        System.out.println();
        System.out.println(table);
        Path out = Path.of("bench", "results");
        Files.createDirectories(out);
        Files.writeString(
                out.resolve("decisions.md"),
                "Measured " + Instant.now() + ", " + measure.toSeconds()
                        + " s per row after a " + warmup.toSeconds() + " s warm-up, "
                        + Runtime.getRuntime().availableProcessors()
                        + " cores; load driver, ledger, database and OPA server on the same machine.\n\n" + table);
        System.exit(0); // a framework thread that is not a daemon would otherwise keep the JVM alive
    }

    private static final int OPA_PORT = 18181;

    /** A real OPA server with the built-in bundle, for the opa-server rows. */
    private static Process startOpa() throws Exception {
        Process which = new ProcessBuilder("scripts/opa.sh", "--path")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String opa = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        which.waitFor();
        Path bundle = Files.createTempFile("bench-bundle", ".tar.gz");
        Files.write(bundle, PolicyBundle.builtin().bytes());
        Process process = new ProcessBuilder(
                        opa,
                        "run",
                        "--server",
                        "--addr",
                        "127.0.0.1:" + OPA_PORT,
                        "--log-level",
                        "error",
                        "--bundle",
                        bundle.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Thread.sleep(1500);
        if (!process.isAlive()) {
            throw new IllegalStateException("opa run --server did not start");
        }
        return process;
    }

    /** A node, a GRU dataset, a permit approved through the DAC workflow, and two consenting subjects. */
    record Setup(String nodeToken, String dataset, String permit, List<String> subjects) {

        static Setup create(Api api) {
            JsonNode node =
                    api.post("/nodes", Map.of("id", "node-bench", "name", "Bench hospital", "country", "IT"), ADMIN);
            String token = Api.bearer(node.get("token").asText());
            Map<String, Object> conditions = new HashMap<>();
            conditions.put("codes", List.of("GRU", "IRB"));
            conditions.put("disease", null);
            String dataset = api.post(
                            "/datasets",
                            Map.of(
                                    "id",
                                    "ds-bench",
                                    "metadata",
                                    Map.of(
                                            "title",
                                            "Lung CT",
                                            "cancerType",
                                            "MONDO:0008903",
                                            "modalities",
                                            List.of("CT"),
                                            "subjects",
                                            1000,
                                            "cases",
                                            1200),
                                    "conditions",
                                    conditions,
                                    "nodeApprovalRequired",
                                    false),
                            token)
                    .get("id")
                    .asText();
            String researcher = Api.basic("bench.researcher0");
            Instant now = Instant.now();
            String request = api.post(
                            "/access-requests",
                            Map.of(
                                    "title",
                                    "Federated nodule detection",
                                    "datasets",
                                    List.of(dataset),
                                    "purpose",
                                    Map.of(
                                            "codes",
                                            List.of("HMB"),
                                            "commercial",
                                            false,
                                            "forProfit",
                                            false,
                                            "methodsDevelopment",
                                            false),
                                    "summary",
                                    "Train a nodule detector across nodes.",
                                    "operations",
                                    List.of("FEDERATED_TRAINING"),
                                    "periodFrom",
                                    now.toString(),
                                    "periodUntil",
                                    now.plus(Duration.ofDays(365)).toString(),
                                    "team",
                                    List.of()),
                            researcher)
                    .get("id")
                    .asText();
            String path = "/access-requests/" + request;
            // the dataset carries IRB: the request needs the ethics committee's approval attached
            api.upload(
                    path + "/documents",
                    Map.of("kind", "ETHICS_APPROVAL"),
                    "ethics.pdf",
                    ("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n")
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    researcher);
            api.post(path + "/submit", null, researcher);
            api.post(path + "/reviewers", Map.of("reviewers", List.of("bench.member1", "bench.member2")), CHAIR);
            api.post(path + "/votes", Map.of("vote", "APPROVE", "comment", "fine"), Api.basic("bench.member1"));
            api.post(path + "/votes", Map.of("vote", "APPROVE", "comment", "fine"), Api.basic("bench.member2"));
            String permit = api.post(
                            path + "/decision",
                            Map.of(
                                    "outcome",
                                    "APPROVE",
                                    "conditions",
                                    List.of("Publish results"),
                                    "validFrom",
                                    now.minus(Duration.ofDays(1)).toString(),
                                    "validUntil",
                                    now.plus(Duration.ofDays(365)).toString()),
                            CHAIR)
                    .get("permitId")
                    .asText();
            List<String> subjects = List.of("PSN-1", "PSN-2");
            for (String subject : subjects) {
                api.post(
                        "/consents",
                        Map.of("pseudonym", subject, "datasets", List.of(dataset), "purposes", List.of("HMB")),
                        token);
            }
            return new Setup(token, dataset, permit, subjects);
        }

        Map<String, Object> question(boolean allowed) {
            Map<String, Object> purpose = new HashMap<>();
            purpose.put("codes", List.of("DUO:0000006"));
            purpose.put("disease", null);
            purpose.put("commercial", false);
            purpose.put("forProfit", false);
            purpose.put("methodsDevelopment", false);
            return Map.of(
                    "principal",
                    allowed ? "bench.researcher0" : "bench.outsider",
                    "operation",
                    "FEDERATED_TRAINING",
                    "datasetId",
                    dataset,
                    "permitId",
                    permit,
                    "purpose",
                    purpose,
                    "subjects",
                    subjects);
        }
    }

    private static double run(Api api, Setup setup, int clients, Duration duration, List<Recorder> recorders)
            throws Exception {
        return run(c -> api, setup, clients, duration, recorders);
    }

    /** As above, each client calling the ledger instance {@code apiOf} gives it (several instances). */
    static double run(
            java.util.function.IntFunction<Api> apiOf,
            Setup setup,
            int clients,
            Duration duration,
            List<Recorder> recorders)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        Map<String, Object> allowed = setup.question(true);
        Map<String, Object> denied = setup.question(false);
        for (int c = 0; c < clients; c++) {
            Recorder recorder = new Recorder();
            recorders.add(recorder);
            Api api = apiOf.apply(c);
            futures.add(pool.submit(() -> {
                long i = 0;
                while (System.nanoTime() < end) {
                    boolean allow = i++ % 5 != 0;
                    long t0 = System.nanoTime();
                    JsonNode answer = api.post("/decisions", allow ? allowed : denied, setup.nodeToken());
                    long elapsed = System.nanoTime() - t0;
                    if (answer.get("allow").asBoolean() != allow
                            || !answer.get("recorded").asBoolean()) {
                        throw new IllegalStateException("unexpected answer: " + answer);
                    }
                    recorder.record(elapsed);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }
}
