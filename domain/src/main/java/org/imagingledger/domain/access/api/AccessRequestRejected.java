package org.imagingledger.domain.access.api;

import java.time.Instant;

public record AccessRequestRejected(String requestId, String reason, String actor, Instant at) {}
