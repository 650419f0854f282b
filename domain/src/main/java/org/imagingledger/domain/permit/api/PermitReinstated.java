package org.imagingledger.domain.permit.api;

import java.time.Instant;

public record PermitReinstated(String permitId, String actor, Instant at) {}
