package org.imagingledger.domain.permit.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ExtendPermit(
        @TargetAggregateIdentifier String permitId, Instant newValidUntil, String reason, String actor, Instant at) {}
