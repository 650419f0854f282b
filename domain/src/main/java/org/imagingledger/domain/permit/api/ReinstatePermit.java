package org.imagingledger.domain.permit.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lifts a suspension; the reason (why the permit may be used again) is required. */
public record ReinstatePermit(@TargetAggregateIdentifier String permitId, String reason, String actor, Instant at) {}
