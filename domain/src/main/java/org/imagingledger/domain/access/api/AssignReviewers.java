package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair sets the review panel; {@code quorum} is the number of votes a decision needs (configured). */
public record AssignReviewers(
        @TargetAggregateIdentifier String requestId, List<String> reviewers, int quorum, String actor, Instant at) {}
