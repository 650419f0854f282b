package org.imagingledger.policies.opa;

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

/**
 * The pinned opa CLI of scripts/opa.sh, for the tests of every module (the policies test-jar):
 * bundles built from Rego, a real OPA server, and opa eval. Paths are relative to a module's
 * folder, where Maven runs the tests.
 */
public final class OpaProcess implements AutoCloseable {

    private final Process process;
    private final URI url;

    private OpaProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    public static Path binary() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of("..", "scripts", "opa.sh").toString(), "--path")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0 || path.isEmpty()) {
            throw new IllegalStateException("scripts/opa.sh could not provide the opa CLI");
        }
        return Path.of(path);
    }

    /** Compiles Rego sources into a Wasm bundle with the access decision's entry point only; returns its bytes. */
    public static byte[] build(Path sources, String revision) throws Exception {
        return build(sources, revision, List.of("imagingledger/access/decision"));
    }

    /** Compiles Rego sources into a Wasm bundle with these entry points (in this order); returns its bytes. */
    public static byte[] build(Path sources, String revision, List<String> entrypoints) throws Exception {
        Path out = Files.createTempFile("bundle", ".tar.gz");
        List<String> command = new ArrayList<>(List.of(binary().toString(), "build", "-t", "wasm"));
        for (String entrypoint : entrypoints) {
            command.addAll(List.of("-e", entrypoint));
        }
        command.addAll(List.of("--ignore", "*_test.rego", "--revision", revision, "-o", out.toString(), "."));
        Process process = new ProcessBuilder(command)
                .directory(sources.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("opa build failed: " + output);
        }
        try {
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** {@code opa run --server} with the bundle's bytes, on a free port, healthy when returned. */
    public static OpaProcess serve(byte[] bundle) throws Exception {
        Path file = Files.createTempFile("served-bundle", ".tar.gz");
        Files.write(file, bundle);
        file.toFile().deleteOnExit();
        return serve(file);
    }

    /** {@code opa run --server} with the bundle file, on a free port, healthy when returned. */
    public static OpaProcess serve(Path bundle) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(
                        binary().toString(),
                        "run",
                        "--server",
                        "--addr",
                        "127.0.0.1:" + port,
                        "--log-level",
                        "error",
                        "--bundle",
                        bundle.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        OpaProcess opa = new OpaProcess(process, URI.create("http://127.0.0.1:" + port));
        opa.awaitHealthy();
        return opa;
    }

    /**
     * Evaluates the access decision for every input with {@code opa eval} on Rego sources (OPA's
     * own interpreter, not Wasm), in one process: a JSON array in the order of the inputs.
     */
    public static String evalAll(Path sources, List<String> inputs) throws Exception {
        return evalAll(sources, inputs, "data.imagingledger.access.decision");
    }

    /**
     * Evaluates a rule ({@code data.imagingledger.access.purpose_check}, say) for every input
     * with {@code opa eval} on Rego sources, in one process: a JSON array in the order of the inputs.
     */
    public static String evalAll(Path sources, List<String> inputs, String rule) throws Exception {
        if (!rule.matches("data(\\.[A-Za-z0-9_]+)+")) {
            throw new IllegalArgumentException("not a rule reference: " + rule);
        }
        Path file = Files.createTempFile("inputs", ".json");
        try {
            Files.writeString(file, "{\"cases\": [" + String.join(",", inputs) + "]}");
            Process process = new ProcessBuilder(
                            binary().toString(),
                            "eval",
                            "--format",
                            "json",
                            "--data",
                            sources.toString(),
                            "--input",
                            file.toString(),
                            "[d | some c in input.cases; d := " + rule + " with input as c]")
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("opa eval failed: " + out);
            }
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public URI url() {
        return url;
    }

    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("opa run --server exited with " + process.exitValue());
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(url.resolve("/health?bundles"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
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
