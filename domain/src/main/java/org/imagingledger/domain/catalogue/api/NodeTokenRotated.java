package org.imagingledger.domain.catalogue.api;

import java.time.Instant;

/**
 * The node has a new token. {@code tokenSha256} is set only in events recorded before digests
 * were kept outside the log; it is null in every newer event.
 */
public record NodeTokenRotated(String nodeId, String tokenSha256, String actor, Instant at) {}
