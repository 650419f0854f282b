package org.imagingledger.domain.permit.api;

import java.time.Instant;

public record PermitRevoked(String permitId, String reason, String actor, Instant at) {}
