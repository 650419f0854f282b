package org.imagingledger.domain.catalogue.api;

import java.time.Instant;

/**
 * Registers a data holder. Its bearer token never enters the log, not even as a digest: the
 * application keeps a keyed digest outside it (events are exported, digests must not be).
 */
public record RegisterNode(String nodeId, String name, String country, String actor, Instant at) {}
