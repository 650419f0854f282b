package org.imagingledger.domain.catalogue.api;

import java.time.Instant;

public record NodeTokenRotated(String nodeId, String tokenSha256, String actor, Instant at) {}
