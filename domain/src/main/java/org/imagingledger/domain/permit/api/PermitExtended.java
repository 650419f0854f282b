package org.imagingledger.domain.permit.api;

import java.time.Instant;

/** The end of the validity moved from previousValidUntil to validUntil. */
public record PermitExtended(
        String permitId, Instant previousValidUntil, Instant validUntil, String reason, String actor, Instant at) {}
