package org.imagingledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.imagingledger.audit.integrity.Ed25519Keys;
import org.imagingledger.audit.verify.PackageVerifier;
import org.imagingledger.domain.consent.api.ConsentRecorded;
import org.imagingledger.domain.consent.api.ConsentWithdrawn;
import org.imagingledger.domain.permit.api.DataUseReported;
import org.imagingledger.domain.permit.api.PermitSuspended;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * bench/run.sh audit [events]: writes N events (default 1,000,000; a mix of consent, data-use
 * and permit events) through Axon's storage engine, then measures, over the HTTP API of the
 * running ledger, hashing them into the tree (the first checkpoint), a complete export package
 * and the verification job, and the offline verification of the package; events/s and peak heap
 * (sampled) for each, on H2 and PostgreSQL.
 * Run with -Xmx256m: the ledger, its tree and the driver share that heap.
 */
public final class AuditBenchmark {

    private static final String AUDITOR = Api.basic("bench.auditor");
    private static final List<String> ROWS = new ArrayList<>();

    private AuditBenchmark() {}

    /** Each store runs in a JVM of its own (same heap limit), so one does not inherit the other's garbage. */
    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        if (args.length > 1) {
            try (Backend backend = Backend.start(args[1])) {
                run(backend, events);
            }
            return;
        }
        for (String store : List.of("h2", "postgres")) {
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m",
                            "-Ddisable-axoniq-console-message=true",
                            "-cp",
                            System.getProperty("java.class.path"),
                            AuditBenchmark.class.getName(),
                            Integer.toString(events),
                            store)
                    .redirectErrorStream(true)
                    .start();
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println(line);
                    if (line.startsWith("| " + store + " |")) {
                        ROWS.add(line);
                    }
                }
            }
            if (child.waitFor() != 0) {
                throw new IllegalStateException(store + " run failed");
            }
        }
        String table = "Measured " + Instant.now() + ", " + events + " events, 2 cores, JVM -Xmx"
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m (ledger, tree and driver in one heap).\n\n"
                + "| store | step | events | seconds | events/s | peak heap MB | result |\n|---|---|---|---|---|---|---|\n"
                + String.join("\n", ROWS) + "\n";
        System.out.print(table);
        Files.createDirectories(Path.of("bench", "results"));
        Files.writeString(Path.of("bench", "results", "audit.md"), table);
    }

    private static void run(Backend backend, int events) throws Exception {
        long t0 = System.nanoTime();
        write(backend, events);
        System.out.printf("%s: wrote %d events in %.1f s%n", backend.name(), events, seconds(t0));
        String base = backend.baseUrl() + "/audit";
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        step(backend, "hash into tree + checkpoint", events, () -> {
            String body = send(http, base + "/checkpoints", null);
            return body.contains("\"treeSize\":" + events) ? "tree of " + events : "unexpected: " + body;
        });
        Path zip = Files.createTempFile("audit-bench", ".zip");
        try {
            step(backend, "export (complete, all formats)", events, () -> {
                HttpResponse<InputStream> r =
                        http.send(post(base + "/exports", "{}"), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = r.body()) {
                    Files.copy(in, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                return "HTTP " + r.statusCode() + ", " + Files.size(zip) / (1024 * 1024) + " MB zip";
            });
            var key = Ed25519Keys.parsePublicPem(get(http, base + "/public-key"));
            step(backend, "offline verification of the package", events, () -> {
                PackageVerifier.Report report = PackageVerifier.verify(zip, key);
                return report.ok()
                        ? "OK, " + report.events() + " proofs"
                        : "FAILED " + report.failures().get(0);
            });
        } finally {
            Files.deleteIfExists(zip);
        }
        step(backend, "verification job (recompute from store)", events, () -> {
            String body = send(http, base + "/verification", null);
            return body.contains("\"totalFindings\":0")
                    ? "intact"
                    : "findings: " + body.substring(0, Math.min(200, body.length()));
        });
    }

    interface Step {
        String run() throws Exception;
    }

    private static void step(Backend backend, String name, int events, Step step) throws Exception {
        System.gc();
        // the heap in use, sampled every 5 ms while the step runs (the pools' own peaks are per
        // pool, reached at different moments, so their sum would overstate it)
        AtomicLong peakHeap = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peakHeap.accumulateAndGet(
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        String result;
        try {
            result = step.run();
        } finally {
            running.set(false);
            sampler.join();
        }
        double s = seconds(t0);
        long peak = peakHeap.get();
        String row = String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.1f | %.0f | %d | %s |",
                backend.name(),
                name,
                events,
                s,
                events / s,
                peak / (1024 * 1024),
                result);
        System.out.println(row);
        ROWS.add(row);
    }

    /** Through Axon's storage engine in transactions of 1,000, as the command side appends. */
    private static void write(Backend backend, int events) {
        EventStorageEngine engine = backend.bean(EventStorageEngine.class);
        TransactionTemplate tx = new TransactionTemplate(backend.bean(PlatformTransactionManager.class));
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        String[] nodes = {"node-it-naples", "node-it-milan", "node-es-valencia", "node-nl-amsterdam"};
        for (int from = 0; from < events; from += 1000) {
            int first = from;
            tx.executeWithoutResult(s -> {
                List<DomainEventMessage<?>> batch = new ArrayList<>();
                for (int i = first; i < Math.min(first + 1000, events); i++) {
                    Instant at = start.plusSeconds(i * 30L);
                    String node = nodes[i % nodes.length];
                    Object payload = switch (i % 4) {
                        case 0 ->
                            new ConsentRecorded(
                                    "cs-" + i,
                                    node,
                                    "PSN-" + i,
                                    List.of("ds-" + node),
                                    List.of("DUO:0000006"),
                                    null,
                                    null,
                                    node,
                                    at);
                        case 1 ->
                            new DataUseReported(
                                    "pm-" + (i % 997),
                                    "use-" + i,
                                    node,
                                    "ds-" + node,
                                    "nnunet",
                                    "2.4",
                                    "FEDERATED_TRAINING",
                                    120,
                                    at.minusSeconds(3600),
                                    at,
                                    node,
                                    at);
                        case 2 -> new PermitSuspended("pm-" + (i % 997), "audit finding", "carla.chair", at);
                        default ->
                            new ConsentWithdrawn(
                                    "cs-" + (i - 3), node, "PSN-" + (i - 3), List.of("ds-" + node), node, at);
                    };
                    String type = i % 4 == 0 || i % 4 == 3 ? "Consent" : "Permit";
                    batch.add(new GenericDomainEventMessage<>(type, "bench-" + i, 0, payload));
                }
                engine.appendEvents(batch);
            });
        }
    }

    private static HttpRequest post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", AUDITOR)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofMinutes(10))
                .build();
    }

    private static String send(HttpClient http, String url, String body) throws IOException, InterruptedException {
        return http.send(post(url, body), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", AUDITOR)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
