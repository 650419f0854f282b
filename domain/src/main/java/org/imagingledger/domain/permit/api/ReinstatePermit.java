package org.imagingledger.domain.permit.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReinstatePermit(@TargetAggregateIdentifier String permitId, String actor, Instant at) {}
