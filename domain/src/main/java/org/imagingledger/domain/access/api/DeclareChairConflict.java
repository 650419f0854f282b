package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A DAC chair (the actor) declares a conflict of interest and steps aside from chairing the request. */
public record DeclareChairConflict(
        @TargetAggregateIdentifier String requestId, String comment, String actor, Instant at) {}
