package org.imagingledger.domain.catalogue.api;

import java.time.Instant;

/**
 * A data holder joined. {@code tokenSha256} is set only in events recorded before token digests were
 * kept outside the log; it is null in every newer event.
 */
/**
 * A data holder joined. {@code tokenSha256} is set only in events recorded before token digests were
 * kept outside the log; it is null in every newer event.
 */
public record NodeRegistered(
        String nodeId, String name, String country, String tokenSha256, String actor, Instant at) {}
