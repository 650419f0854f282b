package org.imagingledger.domain.permit.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokePermit(@TargetAggregateIdentifier String permitId, String reason, String actor, Instant at) {}
