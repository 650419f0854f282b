package org.imagingledger.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decisions and commands per second with one and with two ledger instances (separate processes,
 * -Xmx768m each) on one PostgreSQL, clients spread evenly over the instances as a load balancer
 * would. Everything (database, instances, load driver) shares the machine's cores.
 */
public final class ClusterBenchmark {

    private ClusterBenchmark() {}

    public static void main(String[] args) throws Exception {
        Duration measure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        Duration warmup = Duration.ofSeconds(3);
        Path dir = Files.createTempDirectory("ledger-bench-cluster");
        List<String> rows = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(dir.toFile())
                .setCleanDataDirectory(true)
                .start()) {
            for (int instances = 1; instances <= 2; instances++) {
                String database = "cluster_" + instances;
                try (var c = postgres.getPostgresDatabase().getConnection();
                        var s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + database);
                }
                List<Process> processes = new ArrayList<>();
                List<Api> apis = new ArrayList<>();
                try {
                    for (int i = 0; i < instances; i++) {
                        int port = freePort();
                        processes.add(start(dir, postgres.getJdbcUrl("postgres", database), port, i));
                        awaitReady(port, processes.get(i));
                        apis.add(new Api("http://localhost:" + port + "/api/v1"));
                    }
                    DecisionBenchmark.Setup setup = DecisionBenchmark.Setup.create(apis.get(0));
                    for (int clients : new int[] {8, 64}) {
                        int n = instances;
                        DecisionBenchmark.run(c -> apis.get(c % n), setup, clients, warmup, new ArrayList<>());
                        List<Recorder> recorders = new ArrayList<>();
                        double seconds =
                                DecisionBenchmark.run(c -> apis.get(c % n), setup, clients, measure, recorders);
                        rows.add(row(instances, "decisions", clients, Recorder.merged(recorders), seconds));
                    }
                    GovernanceWorkflow workflow = GovernanceWorkflow.setUp(apis.get(0));
                    for (int clients : new int[] {8}) {
                        commands(workflow, apis, clients, warmup, new ArrayList<>());
                        List<Recorder> recorders = new ArrayList<>();
                        double seconds = commands(workflow, apis, clients, measure, recorders);
                        rows.add(row(instances, "commands", clients, Recorder.merged(recorders), seconds));
                    }
                } finally {
                    for (Process p : processes) {
                        p.destroy();
                        p.waitFor();
                    }
                }
            }
        }
        String table = "| instances | workload | clients | acknowledged | per second | p50 ms | p99 ms |\n"
                + "|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        System.out.println();
        System.out.println(table);
        Path out = Path.of("bench", "results");
        Files.createDirectories(out);
        Files.writeString(
                out.resolve("cluster.md"),
                "Measured " + Instant.now() + ", " + measure.toSeconds() + " s per row after a "
                        + warmup.toSeconds() + " s warm-up, "
                        + Runtime.getRuntime().availableProcessors()
                        + " cores; PostgreSQL, the ledger instances and the load driver on the same machine.\n\n"
                        + table);
        System.exit(0);
    }

    private static String row(int instances, String workload, int clients, long[] latencies, double seconds) {
        String row = String.format(
                Locale.ROOT,
                "| %d | %s | %d | %d | %.0f | %.1f | %.1f |",
                instances,
                workload,
                clients,
                latencies.length,
                latencies.length / seconds,
                Recorder.percentileMillis(latencies, 50),
                Recorder.percentileMillis(latencies, 99));
        System.out.println(row);
        return row;
    }

    private static double commands(
            GovernanceWorkflow workflow, List<Api> apis, int clients, Duration duration, List<Recorder> recorders)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Recorder recorder = new Recorder();
            recorders.add(recorder);
            int client = c;
            GovernanceWorkflow mine = workflow.via(apis.get(c % apis.size()));
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    mine.run(client, recorder);
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

    private static Process start(Path dir, String jdbcUrl, int port, int index) throws IOException {
        List<String> properties = new ArrayList<>(List.of(
                "server.port=" + port,
                "spring.profiles.active=postgres",
                "ledger.tokens.generate-key=true",
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "spring.datasource.hikari.maximum-pool-size=16",
                "spring.main.banner-mode=off",
                "logging.level.root=warn",
                "ledger.data-dir=" + dir,
                "ledger.audit.generate-key=true",
                "ledger.password-login=true",
                "ledger.allow-plain-text-passwords=true"));
        Backend.users(properties);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-Ddisable-axoniq-console-message=true",
                "-cp",
                System.getProperty("java.class.path"),
                "org.imagingledger.LedgerApplication"));
        properties.forEach(p -> command.add("--" + p));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("instance-" + index + ".log").toFile())
                .start();
    }

    private static void awaitReady(int port, Process process) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("a ledger instance ended before it was ready");
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(
                                                        "http://localhost:" + port + "/actuator/health/readiness"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("a ledger instance was not ready within 180 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
