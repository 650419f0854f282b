package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The applicant or a team member answers a question, once. */
public record AnswerApplicantQuestion(
        @TargetAggregateIdentifier String requestId, String questionId, String text, String actor, Instant at) {}
