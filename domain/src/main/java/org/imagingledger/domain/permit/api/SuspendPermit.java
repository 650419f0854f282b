package org.imagingledger.domain.permit.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SuspendPermit(@TargetAggregateIdentifier String permitId, String reason, String actor, Instant at) {}
