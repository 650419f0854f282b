package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Submits (or resubmits) the request to the DAC. {@code nodeApprovals} maps each requested
 * dataset whose holding node must agree to that node's id; the application looks it up in the
 * catalogue, which the aggregate cannot see.
 */
public record SubmitAccessRequest(
        @TargetAggregateIdentifier String requestId, Map<String, String> nodeApprovals, String actor, Instant at) {}
