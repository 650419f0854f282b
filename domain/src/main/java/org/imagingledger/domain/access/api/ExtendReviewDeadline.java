package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair extends the statutory deadline, once, by two months, giving the reason. */
public record ExtendReviewDeadline(
        @TargetAggregateIdentifier String requestId, String reason, String actor, Instant at) {}
