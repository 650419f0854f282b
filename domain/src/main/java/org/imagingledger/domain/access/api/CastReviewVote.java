package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An assigned reviewer (the actor) votes, once, with a comment. */
public record CastReviewVote(
        @TargetAggregateIdentifier String requestId, ReviewVote vote, String comment, String actor, Instant at) {}
