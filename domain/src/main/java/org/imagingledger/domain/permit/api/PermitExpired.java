package org.imagingledger.domain.permit.api;

import java.time.Instant;

public record PermitExpired(String permitId, Instant validUntil, String actor, Instant at) {}
