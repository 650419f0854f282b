package org.imagingledger.web.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A real HTTP receiver on 127.0.0.1 (the JDK's HttpServer), started by a test: it records every
 * request (headers, body, time) and answers as the test scripts it, request by request: slow,
 * failing, redirecting, then recovering.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** How to answer one request: after a delay, this status, these headers. */
    public record Answer(int status, Duration delay, Map<String, String> headers) {
        public static Answer ok() {
            return new Answer(200, Duration.ZERO, Map.of());
        }

        public static Answer status(int status) {
            return new Answer(status, Duration.ZERO, Map.of());
        }

        public static Answer slow(Duration delay) {
            return new Answer(200, delay, Map.of());
        }

        public static Answer redirect(String location) {
            return new Answer(302, Duration.ZERO, Map.of("Location", location));
        }
    }

    /** One request as received. */
    public record Received(String id, String timestamp, String signature, String body, Instant at, String path) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntFunction<Answer> script;

    public WebhookReceiver(IntFunction<Answer> script) throws IOException {
        this.script = script;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int n = count.getAndIncrement();
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(body, StandardCharsets.UTF_8),
                    Instant.now(),
                    exchange.getRequestURI().getPath()));
            Answer answer = this.script.apply(n);
            try {
                if (!answer.delay().isZero()) {
                    Thread.sleep(answer.delay().toMillis());
                }
                answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                byte[] reply = ("{\"received\":" + n + "}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer.status(), reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            } catch (InterruptedException | IOException e) {
                exchange.close();
            }
        });
        server.start();
    }

    /** Answers every request 200 at once. */
    public static WebhookReceiver accepting() throws IOException {
        return new WebhookReceiver(n -> Answer.ok());
    }

    public void script(IntFunction<Answer> next) {
        this.script = next;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public List<Received> receivedAt(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
