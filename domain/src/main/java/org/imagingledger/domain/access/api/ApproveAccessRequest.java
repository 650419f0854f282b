package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The chair approves, optionally saying why; the application chooses {@code permitId}, the id of
 * the permit this issues.
 */
public record ApproveAccessRequest(
        @TargetAggregateIdentifier String requestId,
        String permitId,
        List<String> conditions,
        Instant validFrom,
        Instant validUntil,
        String reason,
        String actor,
        Instant at) {}
