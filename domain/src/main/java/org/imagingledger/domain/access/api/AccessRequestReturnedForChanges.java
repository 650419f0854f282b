package org.imagingledger.domain.access.api;

import java.time.Instant;

public record AccessRequestReturnedForChanges(String requestId, String reason, String actor, Instant at) {}
