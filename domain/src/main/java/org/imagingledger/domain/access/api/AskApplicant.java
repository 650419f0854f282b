package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer or (with {@code asChair}) a DAC chair asks the applicant a question; both sides see it. */
public record AskApplicant(
        @TargetAggregateIdentifier String requestId,
        String questionId,
        String text,
        boolean asChair,
        String actor,
        Instant at) {}
