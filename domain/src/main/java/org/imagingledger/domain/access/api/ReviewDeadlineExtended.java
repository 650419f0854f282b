package org.imagingledger.domain.access.api;

import java.time.Instant;

public record ReviewDeadlineExtended(
        String requestId, String reason, Instant previousDeadline, Instant deadline, String actor, Instant at) {}
