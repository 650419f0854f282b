package org.imagingledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Accepted commands per second through the HTTP API for a realistic governance mix, on H2 and
 * on PostgreSQL, with 1 and 8 concurrent clients. Each client runs whole workflows (draft,
 * submit, assign, two votes, approve, consents, data uses, a withdrawal) until the time is up;
 * only 2xx answers are counted. Run: bench/run.sh commands [seconds]
 */
public final class CommandBenchmark {

    private CommandBenchmark() {}

    public static void main(String[] args) throws Exception {
        Duration measure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 20);
        Duration warmup = Duration.ofSeconds(5);
        int[] clientCounts = {1, 8};
        List<String> rows = new ArrayList<>();
        for (String backendName : List.of("h2", "postgres")) {
            try (Backend backend = Backend.start(backendName)) {
                GovernanceWorkflow workflow = GovernanceWorkflow.setUp(new Api(backend.baseUrl()));
                for (int clients : clientCounts) {
                    run(workflow, clients, warmup, new ArrayList<>());
                    List<Recorder> recorders = new ArrayList<>();
                    double seconds = run(workflow, clients, measure, recorders);
                    long[] latencies = Recorder.merged(recorders);
                    String row = String.format(
                            Locale.ROOT,
                            "| %s | %d | %d | %.0f | %.1f | %.1f |",
                            backendName,
                            clients,
                            latencies.length,
                            latencies.length / seconds,
                            Recorder.percentileMillis(latencies, 50),
                            Recorder.percentileMillis(latencies, 99));
                    System.out.println(row);
                    rows.add(row);
                }
            }
        }
        String table = "| store | clients | accepted commands | commands/s | p50 ms | p99 ms |\n"
                + "|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        System.out.println();
        System.out.println(table);
        Path out = Path.of("bench", "results");
        Files.createDirectories(out);
        Files.writeString(
                out.resolve("commands.md"),
                "Measured " + Instant.now() + ", " + measure.toSeconds()
                        + " s per row after a " + warmup.toSeconds() + " s warm-up, "
                        + Runtime.getRuntime().availableProcessors() + " cores.\n\n" + table);
        System.exit(0); // a framework thread that is not a daemon would otherwise keep the JVM alive
    }

    /** Runs the clients for the duration; returns the seconds actually measured. */
    private static double run(GovernanceWorkflow workflow, int clients, Duration duration, List<Recorder> recorders)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Recorder recorder = new Recorder();
            recorders.add(recorder);
            int client = c;
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    workflow.run(client, recorder);
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
