package org.imagingledger.application.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which node a bearer token belongs to. Tokens are matched by their keyed digest; nodes
 * registered before digests left the event log are still matched by the SHA-256 their events
 * carry until their token is next rotated. Nodes call on every decision, so a matched token is
 * remembered for {@code ledger.nodes.token-cache-ttl} (10 s) at most: a rotation or revocation
 * forgets it at once on this instance and within that time on the others. Unknown tokens are
 * never remembered.
 */
@Component
public class NodeCredentials {

    private static final int MAX_CACHED = 10_000;

    private record Known(String nodeId, long until) {}

    private final NodeCredentialRepository credentials;
    private final TokenKey key;
    private final CatalogueQueries catalogue;
    private final Clock clock;
    private final long ttlNanos;
    private final Map<String, Known> cache = new ConcurrentHashMap<>();

    NodeCredentials(
            NodeCredentialRepository credentials,
            TokenKey key,
            CatalogueQueries catalogue,
            Clock clock,
            @Value("${ledger.nodes.token-cache-ttl:PT10S}") Duration ttl) {
        this.credentials = credentials;
        this.key = key;
        this.catalogue = catalogue;
        this.clock = clock;
        this.ttlNanos = ttl.toNanos();
    }

    public Optional<String> nodeFor(String token) {
        String digest = key.digest(token);
        long now = System.nanoTime();
        Known known = cache.get(digest);
        if (known != null && known.until() - now > 0) {
            return Optional.of(known.nodeId());
        }
        Optional<String> node = credentials.findByDigest(digest).map(NodeCredential::nodeId);
        if (node.isEmpty()) {
            cache.remove(digest);
            return catalogue.nodeByTokenSha256(NodeTokens.sha256(token));
        }
        if (cache.size() >= MAX_CACHED) {
            cache.values().removeIf(k -> k.until() - now <= 0);
        }
        if (cache.size() < MAX_CACHED) {
            cache.put(digest, new Known(node.get(), now + ttlNanos));
        }
        return node;
    }

    /** In the caller's transaction, with the command that records the issue. */
    void issue(String nodeId, String token, boolean demo) {
        credentials.deleteById(nodeId);
        credentials.flush();
        credentials.save(new NodeCredential(nodeId, key.digest(token), demo, clock.instant()));
        forget(nodeId);
    }

    void revoke(String nodeId) {
        credentials.deleteById(nodeId);
        forget(nodeId);
    }

    List<String> demoNodes() {
        return credentials.findByDemoTrue().stream().map(NodeCredential::nodeId).toList();
    }

    private void forget(String nodeId) {
        cache.values().removeIf(k -> k.nodeId().equals(nodeId));
    }
}
