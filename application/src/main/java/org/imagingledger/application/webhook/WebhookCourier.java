package org.imagingledger.application.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imagingledger.application.outbox.Channel;
import org.imagingledger.application.outbox.Courier;
import org.imagingledger.application.outbox.Delivery;
import org.imagingledger.application.outbox.OutboxMessage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Posts webhook messages. Standard Webhooks headers, signed at each attempt (a fresh
 * timestamp, the same id and body); redirects are never followed (a 3xx is a failed attempt, the
 * subscriber should update the URL); the receiver has {@code ledger.webhooks.timeout} to answer,
 * of which the ledger reads at most 16 KiB and keeps the first 1,000 characters; 410 Gone
 * disables the endpoint; {@code Retry-After} (429, 503, ...) postpones the next attempt.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookCourier implements Courier {

    static final int READ_LIMIT = 16 * 1024;
    static final String USER_AGENT = "imaging-governance-ledger-webhooks/1";

    private final WebhookEndpointRepository endpoints;
    private final WebhookService service;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookCourier(
            WebhookEndpointRepository endpoints, WebhookService service, WebhookProperties properties, Clock clock) {
        this.endpoints = endpoints;
        this.service = service;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public Delivery deliver(OutboxMessage message, int attempt) {
        Optional<WebhookEndpoint> found = endpoints.findById(message.getTarget());
        if (found.isEmpty()) {
            return Delivery.cancelled("the endpoint no longer exists");
        }
        WebhookEndpoint endpoint = found.get();
        URI uri;
        try {
            uri = WebhookUrls.check("url", endpoint.getUrl(), properties.allowLoopback());
        } catch (RuntimeException e) {
            return Delivery.failed("the endpoint's URL is no longer allowed: " + e.getMessage());
        }
        String refusal = WebhookUrls.refusal(uri, properties.allowLoopback());
        if (refusal != null) {
            return Delivery.failed(refusal);
        }
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        String signature = endpoint.signingSecrets(now).stream()
                .map(secret -> StandardWebhooks.sign(secret, message.getId(), timestamp, message.getPayload()))
                .collect(Collectors.joining(" "));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", message.getId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(message.getPayload(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt = excerpt(response.body());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return Delivery.delivered(status, excerpt);
            }
            if (status == 410) {
                return Delivery.gone(status, "HTTP 410 Gone: the receiver wants no more messages", excerpt);
            }
            if (status >= 300 && status < 400) {
                String location = response.headers().firstValue("Location").orElse("(none)");
                return Delivery.failed(
                        status, "HTTP " + status + ": redirect to " + location + " not followed", excerpt, null);
            }
            return Delivery.failed(status, "HTTP " + status, excerpt, retryAfter(response));
        } catch (HttpConnectTimeoutException e) {
            return Delivery.failed("could not connect within " + seconds(properties.connectTimeout()));
        } catch (HttpTimeoutException e) {
            return Delivery.failed("no answer within " + seconds(properties.timeout()));
        } catch (ConnectException e) {
            return Delivery.failed("connection refused: " + uri.getHost() + ":" + port(uri));
        } catch (IOException e) {
            return Delivery.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.failed("interrupted: the ledger is stopping");
        }
    }

    @Override
    public void gaveUp(OutboxMessage message, Delivery last) {
        String reason = last.outcome() == Delivery.Outcome.GONE
                ? "the receiver answered 410 Gone"
                : "every attempt to deliver " + message.getId() + " failed over " + hours(properties, message)
                        + "; last: " + last.error();
        service.disableAfterFailure(message.getTarget(), reason);
    }

    private static String hours(WebhookProperties properties, OutboxMessage message) {
        Duration spent = Duration.between(message.getCreatedAt(), Instant.now());
        return spent.toHours() >= 1 ? spent.toHours() + " h" : spent.toSeconds() + " s";
    }

    /** Reads at most READ_LIMIT bytes of the answer, keeps the first 1,000 characters, and closes it. */
    private static String excerpt(InputStream body) throws IOException {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(READ_LIMIT);
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text.length() > 1000 ? text.substring(0, 1000) : text;
        }
    }

    /** Retry-After in seconds (the date form is ignored), at most a day. */
    private static Duration retryAfter(HttpResponse<?> response) {
        List<String> values = response.headers().allValues("Retry-After");
        if (values.isEmpty()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(values.get(0).trim());
            return Duration.ofSeconds(Math.max(0, Math.min(seconds, 86_400)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
}
