package org.imagingledger.policies.parity;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The pinned opa CLI (scripts/opa.sh builds it when missing): a real server, and opa eval. */
final class OpaCli {

    static final Path REGO_SOURCES = Path.of("src", "main", "rego");
    static final Path BUILTIN_BUNDLE = Path.of("target", "classes", "policy", "builtin-bundle.tar.gz");

    private OpaCli() {
    }

    static Path binary() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of("..", "scripts", "opa.sh").toString(), "--path")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0 || path.isEmpty()) {
            throw new IllegalStateException("scripts/opa.sh could not provide the opa CLI");
        }
        return Path.of(path);
    }

    /** A running {@code opa run --server} with the bundle; close() stops it. */
    static final class Server implements AutoCloseable {
        final Process process;
        final URI url;

        Server(Path bundle) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            url = URI.create("http://127.0.0.1:" + port);
            process = new ProcessBuilder(binary().toString(), "run", "--server", "--addr", "127.0.0.1:" + port,
                    "--log-level", "error", "--bundle", bundle.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            awaitHealthy();
        }

        private void awaitHealthy() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("opa run --server exited with " + process.exitValue());
                }
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url.resolve("/health?bundles")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // the server is still starting
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("opa run --server did not become healthy within 30 s");
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * Evaluates every input with {@code opa eval} on the Rego sources (OPA's own interpreter, not
     * Wasm), in one process: the result is a JSON array in the order of the inputs.
     */
    static String evalAll(List<String> inputs) throws Exception {
        Path file = Files.createTempFile("parity-inputs", ".json");
        try {
            Files.writeString(file, "{\"cases\": [" + String.join(",", inputs) + "]}");
            List<String> command = new ArrayList<>(List.of(binary().toString(), "eval", "--format", "json",
                    "--data", REGO_SOURCES.toString(), "--input", file.toString(),
                    "[d | some c in input.cases; d := data.imagingledger.access.decision with input as c]"));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("opa eval failed: " + out);
            }
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
