package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An assigned reviewer (the actor) steps aside from the vote. */
public record DeclareConflictOfInterest(
        @TargetAggregateIdentifier String requestId, String comment, String actor, Instant at) {}
