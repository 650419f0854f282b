package org.imagingledger.domain.catalogue.api;

import java.time.Instant;

public record NodeTokenRevoked(String nodeId, String reason, String actor, Instant at) {}
