package org.imagingledger.domain.access.api;

import java.time.Instant;

public record AccessRequestWithdrawn(String requestId, String reason, String actor, Instant at) {}
