package org.imagingledger.domain.permit.api;

import java.time.Instant;

public record PermitSuspended(String permitId, String reason, String actor, Instant at) {}
