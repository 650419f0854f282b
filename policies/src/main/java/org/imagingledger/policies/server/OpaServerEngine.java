package org.imagingledger.policies.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.PolicyEngine;
import org.imagingledger.policies.PolicyEvaluationException;
import org.imagingledger.policies.PolicyResult;

/**
 * A real OPA server queried through its REST Data API. The server must run the very revision
 * the ledger asks for: OPA's provenance names the revision it evaluated, and any other revision
 * is an evaluation failure (so the caller denies) rather than an answer under a policy the
 * ledger did not activate. Each entry point is its own Data API path
 * ({@code /v1/data/imagingledger/access/decision}, {@code …/purpose_check}).
 */
public final class OpaServerEngine implements PolicyEngine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final Map<String, URI> uris = new ConcurrentHashMap<>();
    private final Duration timeout;

    public OpaServerEngine(URI serverUrl, Duration timeout) {
        this.timeout = timeout;
        // One client for the engine's lifetime: HTTP/1.1 keep-alive reuses connections.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
        this.base = serverUrl.toString().replaceAll("/+$", "");
    }

    @Override
    public String name() {
        return "opa-server";
    }

    @Override
    public PolicyResult evaluate(PolicyBundle bundle, String entrypoint, String input)
            throws PolicyEvaluationException {
        // The entry point is a path of letters, digits and '_' (checked), so it needs no escaping.
        PolicyEngine.requireEntrypoint(bundle, entrypoint);
        URI uri = uris.computeIfAbsent(entrypoint, e -> URI.create(base + "/v1/data/" + e + "?provenance=true"));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"input\":" + input + "}"))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new PolicyEvaluationException(
                    "the OPA server did not answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new PolicyEvaluationException("the OPA server cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PolicyEvaluationException("interrupted while asking the OPA server", e);
        }
        if (response.statusCode() != 200) {
            throw new PolicyEvaluationException("the OPA server answered HTTP " + response.statusCode());
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new PolicyEvaluationException("the OPA server answered malformed JSON", e);
        }
        List<String> revisions = revisions(body.path("provenance"));
        if (!revisions.contains(bundle.revision())) {
            throw new PolicyEvaluationException(
                    "the OPA server runs revision " + revisions + ", not the active revision " + bundle.revision());
        }
        if (!body.has("result")) {
            throw new PolicyEvaluationException("the policy's decision is undefined for this input");
        }
        return PolicyResult.checked(bundle.revision(), body.get("result"));
    }

    private static List<String> revisions(JsonNode provenance) {
        List<String> revisions = new ArrayList<>();
        provenance.path("bundles").forEach(b -> revisions.add(b.path("revision").asText()));
        if (provenance.hasNonNull("revision")) {
            revisions.add(provenance.get("revision").asText());
        }
        return revisions;
    }

    @Override
    public void close() {
        // HttpClient has no close() before Java 21; its idle connections time out on their own.
    }
}
